Feature: The loop clock and the time a timer is scheduled for
  The asyncio documentation of loop.time(): "Return the current time, as a float value,
  according to the event loop's internal monotonic clock." and of TimerHandle.when(): "Return
  a scheduled callback time as float seconds. The time is an absolute timestamp, using the same
  time reference as loop.time()."

  @LOOP-TIMER-3
  Scenario: Timers with short and different delays each run no earlier than their deadline
    Given the program:
      """python
      def check_1ms():
          record("1 ms not early", loop.time() >= h1.when() - clock_resolution())

      def check_at():
          record("call_at not early", loop.time() >= h2.when() - clock_resolution())

      def check_20ms():
          record("20 ms not early", loop.time() >= h3.when() - clock_resolution())
          loop.stop()

      h1 = loop.call_later(0.001, check_1ms)
      h2 = loop.call_at(loop.time() + 0.011, check_at)
      h3 = loop.call_later(0.021, check_20ms)
      loop.run_forever()
      """
    Then the trace is:
      """
      1 ms not early: True
      call_at not early: True
      20 ms not early: True
      """

  @LOOP-TIMER-4
  Scenario: loop.time() never decreases, across callbacks, timers and runs
    Given the program:
      """python
      def first(before):
          now = loop.time()
          record("first", now >= before)
          loop.call_later(0.001, second, now)

      def second(before):
          now = loop.time()
          record("second", now >= before)
          loop.call_soon(third, now)

      def third(before):
          now = loop.time()
          record("third", now >= before)
          loop.stop()

      start = loop.time()
      loop.call_soon(first, start)
      loop.run_forever()
      end = loop.time()
      record("after the run", end >= now)
      record("again", loop.time() >= end)
      """
    Then the trace is:
      """
      first: True
      second: True
      third: True
      after the run: True
      again: True
      """

  @LOOP-TIMER-5
  Scenario: call_at(when).when() is when, within the clock resolution
    The margin is the resolution plus a float rounding error: a loop that rounds to milliseconds
    (uvloop) can be off by exactly its 1 ms resolution.
    Given the program:
      """python
      def say(word):
          record(word)

      when = loop.time() + 0.05
      h = loop.call_at(when, say, "never")
      margin = clock_resolution() + 0.000000001
      record("not before when", h.when() >= when - margin)
      record("not after when", h.when() <= when + margin)
      h.cancel()
      """
    Then the trace is:
      """
      not before when: True
      not after when: True
      """

  @LOOP-TIMER-5
  Scenario: call_later(delay).when() is loop.time() + delay, within the clock resolution
    Given the program:
      """python
      def say(word):
          record(word)

      before = loop.time()
      h = loop.call_later(0.05, say, "never")
      after = loop.time()
      margin = clock_resolution() + 0.000000001
      record("not before time() + delay", h.when() >= before + 0.05 - margin)
      record("not after time() + delay", h.when() <= after + 0.05 + margin)
      h.cancel()
      """
    Then the trace is:
      """
      not before time() + delay: True
      not after time() + delay: True
      """
