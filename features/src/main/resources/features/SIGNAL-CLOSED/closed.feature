Feature: A signal handler on a closed loop
  The asyncio documentation of loop.close(): "The loop must not be running. Pending callbacks will
  be discarded." A closed loop takes no new signal handler: asyncio's add_signal_handler checks
  that the loop is open first (unix_events.py, _check_closed).

  @SIGNAL-CLOSED-1 @unix-signals
  Scenario: add_signal_handler on a closed loop raises RuntimeError
    Given the program:
      """python
      loop.close()
      try:
          loop.add_signal_handler(SIGUSR1, record, "never runs")
      except RuntimeError as e:
          record("add_signal_handler", e)
      """
    Then the trace is:
      """
      add_signal_handler: RuntimeError("Event loop is closed")
      """
