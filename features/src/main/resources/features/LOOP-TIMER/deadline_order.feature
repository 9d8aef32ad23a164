Feature: Timers run in deadline order
  The asyncio documentation of loop.call_later(delay, callback, *args): "Schedule callback to
  be called after the given delay number of seconds" and of loop.call_at(when, callback, *args):
  "Schedule callback to be called at the given absolute timestamp when (an int or a float),
  using the same time reference as loop.time()." Also: "If two callbacks are scheduled for
  exactly the same time, the order in which they are called is undefined."

  @LOOP-TIMER-1
  Scenario: call_later callbacks run in deadline order, not registration order
    Given the program:
      """python
      def say(word):
          record(word)

      loop.call_later(0.1, say, "c at 100 ms")
      loop.call_later(0.01, say, "a at 10 ms")
      loop.call_later(0.02, say, "b at 20 ms")
      loop.call_later(0.11, loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      a at 10 ms
      b at 20 ms
      c at 100 ms
      """

  @LOOP-TIMER-1
  Scenario: call_at callbacks run in deadline order, not registration order
    Given the program:
      """python
      def say(word):
          record(word)

      start = loop.time()
      loop.call_at(start + 0.03, say, "c at 30 ms")
      loop.call_at(start + 0.02, say, "b at 20 ms")
      loop.call_at(start + 0.01, say, "a at 10 ms")
      loop.call_at(start + 0.04, loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      a at 10 ms
      b at 20 ms
      c at 30 ms
      """

  @LOOP-TIMER-1
  Scenario: call_later and call_at timers share one deadline order
    A call_later deadline is the loop's time when it is called plus the delay: the program reads
    loop.time() around the calls and puts the call_at deadlines between theirs, so that the order
    holds however late the machine makes each call.

    Given the program:
      """python
      def say(word):
          record(word)

      loop.call_later(0.01, say, "call_later 10 ms")
      before = loop.time()
      loop.call_later(0.03, say, "call_later 30 ms")
      after = loop.time()
      loop.call_at(after + 0.04, say, "call_at 40 ms")
      loop.call_at(before + 0.02, say, "call_at 20 ms")
      loop.call_at(after + 0.05, loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      call_later 10 ms
      call_at 20 ms
      call_later 30 ms
      call_at 40 ms
      """

  @LOOP-TIMER-2
  Scenario: Timers with the same deadline all run, each exactly once, in an order left undefined
    Given the program:
      """python
      def say(word):
          record(word)

      when = loop.time() + 0.01
      loop.call_at(when, say, "a")
      loop.call_at(when, say, "b")
      loop.call_at(when, say, "c")
      loop.call_at(when, say, "d")
      loop.call_at(when, say, "e")
      loop.call_at(when + 0.02, loop.stop)
      loop.run_forever()
      """
    Then the trace, in any order, is:
      """
      a
      b
      c
      d
      e
      """

  @LOOP-TIMER-1
  Scenario: Timers whose deadlines have already passed run in deadline order too
    Deadlines 10 ms apart, all already past when scheduled: due at once, they still run earliest
    deadline first, whatever the order they were scheduled in.

    Given the program:
      """python
      def say(word):
          record(word)

      t0 = loop.time()
      loop.call_at(t0 - 0.02, say, "b, 20 ms ago")
      loop.call_at(t0 - 0.03, say, "a, 30 ms ago")
      loop.call_at(t0 - 0.01, say, "c, 10 ms ago")
      loop.call_later(0.02, loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      a, 30 ms ago
      b, 20 ms ago
      c, 10 ms ago
      """
