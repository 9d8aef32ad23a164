Feature: A handler for SIGCHLD
  The asyncio documentation of loop.add_signal_handler(signum, callback, *args): "Set callback as
  the handler for the signum signal." SIGCHLD is a signal like the others: asyncio's loop takes a
  handler for it.

  @SIGNAL-CHILD-1 @unix-signals
  Scenario: SIGCHLD takes a handler, which runs when the signal comes
    Given the program:
      """python
      async def main():
          record("add_signal_handler returns", loop.add_signal_handler(SIGCHLD, on_child))
          raise_signal(SIGCHLD)
          await got
          loop.remove_signal_handler(SIGCHLD)

      def on_child():
          record("the SIGCHLD handler ran")
          got.set_result(None)

      got = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      add_signal_handler returns: None
      the SIGCHLD handler ran
      """
