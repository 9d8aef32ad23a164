Feature: Watching a socket on a closed loop
  The asyncio documentation of loop.close(): "The loop must not be running. Pending callbacks will
  be discarded." A closed loop takes no new reader or writer: asyncio's add_reader and add_writer
  check that the loop is open first (selector_events.py, _check_closed).

  @WATCH-CLOSED-1 @network
  Scenario: add_reader and add_writer on a closed loop raise RuntimeError
    Given the program:
      """python
      ab = socketpair()
      a = ab[0]
      b = ab[1]
      loop.close()
      try:
          loop.add_reader(a, record, "never runs")
      except RuntimeError as e:
          record("add_reader", e)
      try:
          loop.add_writer(a, record, "never runs")
      except RuntimeError as e:
          record("add_writer", e)
      a.close()
      b.close()
      """
    Then the trace is:
      """
      add_reader: RuntimeError("Event loop is closed")
      add_writer: RuntimeError("Event loop is closed")
      """
