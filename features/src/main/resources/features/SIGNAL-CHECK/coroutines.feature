Feature: A signal handler must be a plain function
  The asyncio documentation of loop.add_signal_handler(): the callback "will be invoked by loop,
  along with other queued callbacks"; a coroutine function is refused, always, not only in debug
  mode (unix_events.py: "coroutines cannot be used with add_signal_handler()").

  @SIGNAL-CHECK-1 @unix-signals
  Scenario: add_signal_handler refuses a coroutine function
    Given the program:
      """python
      async def handler():
          record("never runs")

      try:
          loop.add_signal_handler(SIGUSR1, handler)
      except TypeError as e:
          record("add_signal_handler", e)
      record("removed", loop.remove_signal_handler(SIGUSR1))
      """
    Then the trace is:
      """
      add_signal_handler: TypeError("coroutines cannot be used with add_signal_handler()")
      removed: False
      """
