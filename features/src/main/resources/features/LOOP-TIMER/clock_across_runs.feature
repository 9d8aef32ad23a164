Feature: The loop clock does not go back when the loop is run again
  The asyncio documentation of loop.time(): "Return the current time, as a float value,
  according to the event loop's internal monotonic clock." A monotonic clock keeps counting
  between two runs of the loop.

  @LOOP-TIMER-4
  Scenario: loop.time() in a second run is not before loop.time() at the end of a first, longer run
    The first run lasts at least 50 ms, so a clock that started again from the start of each run
    would read less in the second run than at the end of the first.

    Given the program:
      """python
      def in_second_run():
          record("second run, not before the first run's end", loop.time() >= end_of_first_run)
          loop.stop()

      loop.call_later(0.05, loop.stop)
      loop.run_forever()
      end_of_first_run = loop.time()
      loop.call_soon(in_second_run)
      loop.run_forever()
      record("after the second run, not before its callback", loop.time() >= end_of_first_run)
      """
    Then the trace is:
      """
      second run, not before the first run's end: True
      after the second run, not before its callback: True
      """
