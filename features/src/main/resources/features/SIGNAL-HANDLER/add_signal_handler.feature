Feature: A handler for a Unix signal
  The asyncio documentation of loop.add_signal_handler(signum, callback, *args): "Set callback as
  the handler for the signum signal. The callback will be invoked by loop, along with other queued
  callbacks and runnable coroutines of that event loop. Unlike signal handlers registered using
  signal.signal(), a callback registered with this function is allowed to interact with the event
  loop."

  @SIGNAL-HANDLER-1 @unix-signals
  Scenario: A signal that comes while the loop runs calls its handler later, from the loop, with its arguments
    Given the program:
      """python
      async def main():
          record("add_signal_handler returns", loop.add_signal_handler(SIGUSR2, on_signal, "usr2", 2))
          raise_signal(SIGUSR2)
          record("after raise_signal")
          await got
          loop.remove_signal_handler(SIGUSR2)

      def on_signal(tag, n):
          record("handler", [tag, n])
          got.set_result(None)
          record("the running loop is the loop", asyncio.get_running_loop() == loop)

      got = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      add_signal_handler returns: None
      after raise_signal
      handler: ["usr2", 2]
      the running loop is the loop: True
      """

  @SIGNAL-HANDLER-2 @unix-signals
  Scenario: A signal that comes before the loop runs calls its handler once the loop runs
    Given the program:
      """python
      def on_signal():
          record("handler")
          loop.stop()

      loop.add_signal_handler(SIGUSR1, on_signal)
      raise_signal(SIGUSR1)
      record("raised while the loop is not running")
      loop.run_forever()
      loop.remove_signal_handler(SIGUSR1)
      """
    Then the trace is:
      """
      raised while the loop is not running
      handler
      """
