Feature: Removing the handler of a Unix signal
  The asyncio documentation of loop.remove_signal_handler(sig): "Remove the handler for the sig
  signal. Return True if the signal handler was removed, or False if no handler was set for the
  given signal."

  @SIGNAL-REMOVE-1 @unix-signals
  Scenario: remove_signal_handler returns whether a handler was set
    Given the program:
      """python
      record("never added", loop.remove_signal_handler(SIGUSR2))
      loop.add_signal_handler(SIGUSR2, record, "never runs")
      record("added", loop.remove_signal_handler(SIGUSR2))
      record("removed", loop.remove_signal_handler(SIGUSR2))
      """
    Then the trace is:
      """
      never added: False
      added: True
      removed: False
      """

  @SIGNAL-REMOVE-1 @unix-signals
  Scenario: A removed handler is not called when its signal comes
    Given the program:
      """python
      async def main():
          loop.add_signal_handler(SIGWINCH, record, "the SIGWINCH handler ran")
          loop.remove_signal_handler(SIGWINCH)
          loop.add_signal_handler(SIGUSR2, on_usr2)
          raise_signal(SIGWINCH)
          raise_signal(SIGUSR2)
          await got
          loop.remove_signal_handler(SIGUSR2)

      def on_usr2():
          record("the SIGUSR2 handler ran")
          got.set_result(None)

      got = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the SIGUSR2 handler ran
      """
