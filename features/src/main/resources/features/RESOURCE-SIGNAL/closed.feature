Feature: What a closed loop leaves catching signals
  The asyncio documentation of loop.close(): "Close the event loop."; asyncio's Unix loop removes
  its signal handlers there. After every program it runs alone, the kit compares the signals the
  process catches with those before it: a signal still caught fails RESOURCE-SIGNAL-1. This
  scenario is the clause's own; the check runs after every other one too.

  @RESOURCE-SIGNAL-1 @unix-signals
  Scenario: close() removes the signal handlers the program left to it
    Given the program:
      """python
      loop.add_signal_handler(SIGUSR2, record, "never runs")
      loop.add_signal_handler(SIGWINCH, record, "never runs")
      loop.add_signal_handler(SIGWINCH, record, "replaces the first, never runs")
      loop.close()
      record("closed", loop.is_closed())
      """
    Then the trace is:
      """
      closed: True
      """
