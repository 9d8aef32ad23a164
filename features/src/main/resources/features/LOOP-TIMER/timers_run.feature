Feature: A timer runs once its deadline has passed
  The asyncio documentation of loop.call_later(delay, callback, *args): "Schedule callback to be
  called after the given delay number of seconds (can be either an int or a float)", and of
  loop.call_at(when, callback, *args): "Schedule callback to be called at the given absolute
  timestamp when (an int or a float)".

  @LOOP-TIMER-8
  Scenario: Timers with whole and fractional delays are all called
    A last timer, well after the others, stops the loop; the order of the others is not checked
    here (LOOP-TIMER-1 checks it).

    Given the program:
      """python
      def say(word):
          record(word)

      loop.call_later(0, say, "call_later 0 s")
      loop.call_later(0.0015, say, "call_later 1.5 ms")
      loop.call_at(loop.time() + 0.0025, say, "call_at 2.5 ms")
      loop.call_later(0.003, say, "call_later 3 ms")
      loop.call_later(0.02, loop.stop)
      loop.run_forever()
      """
    Then the trace, in any order, is:
      """
      call_later 0 s
      call_later 1.5 ms
      call_at 2.5 ms
      call_later 3 ms
      """
