Feature: Signal numbers a handler cannot have
  The asyncio documentation of loop.add_signal_handler(): "Raise ValueError if the signal number
  is invalid or uncatchable. Raise RuntimeError if there is a problem setting up the handler."
  The messages are CPython's (unix_events.py, _check_signal and add_signal_handler).

  @SIGNAL-NUMBER-1 @unix-signals
  Scenario: An invalid signal number raises ValueError, a valid one takes a handler, and SIGKILL raises RuntimeError
    Given the program:
      """python
      for sig in [0, -1, 32, 33, 65, 1000]:
          try:
              loop.add_signal_handler(sig, record, "never runs")
          except ValueError as e:
              record("add_signal_handler", e)
      try:
          loop.remove_signal_handler(1000)
      except ValueError as e:
          record("remove_signal_handler", e)
      record("signal 1 takes a handler", loop.add_signal_handler(1, record, "never runs"))
      loop.remove_signal_handler(1)
      try:
          loop.add_signal_handler(SIGKILL, record, "never runs")
      except RuntimeError as e:
          record("SIGKILL", e)
      """
    Then the trace is:
      """
      add_signal_handler: ValueError("invalid signal number 0")
      add_signal_handler: ValueError("invalid signal number -1")
      add_signal_handler: ValueError("invalid signal number 32")
      add_signal_handler: ValueError("invalid signal number 33")
      add_signal_handler: ValueError("invalid signal number 65")
      add_signal_handler: ValueError("invalid signal number 1000")
      remove_signal_handler: ValueError("invalid signal number 1000")
      signal 1 takes a handler: None
      SIGKILL: RuntimeError("sig 9 cannot be caught")
      """
