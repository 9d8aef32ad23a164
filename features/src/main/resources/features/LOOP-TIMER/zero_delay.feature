Feature: A timer that is already due runs on a later iteration, never inline
  The asyncio documentation of loop.call_later(delay, callback, *args): "Schedule callback to
  be called after the given delay number of seconds". A zero or negative delay, or a call_at
  deadline in the past, makes the timer due at once, but scheduling never calls the callback.

  @LOOP-TIMER-7
  Scenario: call_later with a zero delay does not call the callback inside call_later
    Given the program:
      """python
      def say(word):
          record(word)

      loop.call_later(0, say, "zero delay")
      record("call_later returned")
      loop.call_later(0.01, loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      call_later returned
      zero delay
      """

  @LOOP-TIMER-7
  Scenario: A negative delay and a past deadline scheduled by a running callback run after it
    Given the program:
      """python
      def say(word):
          record(word)

      def schedule():
          loop.call_at(loop.time() - 5, say, "deadline 5 s ago")
          loop.call_later(-1, say, "delay -1")
          loop.call_later(0, say, "delay 0")
          loop.call_later(0.01, loop.stop)
          record("schedule returned")

      loop.call_soon(schedule)
      loop.run_forever()
      """
    Then the trace is:
      """
      schedule returned
      deadline 5 s ago
      delay -1
      delay 0
      """

  @LOOP-TIMER-7
  Scenario: A zero-delay timer scheduled by a coroutine runs only once the coroutine has yielded
    Given the program:
      """python
      def say(word):
          record(word)

      async def main():
          loop.call_later(0, say, "zero delay")
          record("still in the coroutine")
          await asyncio.sleep(0.01)
          record("coroutine resumed")

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      still in the coroutine
      zero delay
      coroutine resumed
      """

  @LOOP-TIMER-7
  Scenario: A zero-delay timer runs while a chain of callbacks keeps the loop busy
    Each step of the chain schedules the next with call_soon, so the loop always has a callback
    ready; the timer, due from the first step on, still runs on a later iteration, before the
    eighth step ends the run.

    Given the program:
      """python
      def timer():
          record("zero-delay timer")

      def step1():
          loop.call_later(0, timer)
          loop.call_soon(step2)

      def step2():
          loop.call_soon(step3)

      def step3():
          loop.call_soon(step4)

      def step4():
          loop.call_soon(step5)

      def step5():
          loop.call_soon(step6)

      def step6():
          loop.call_soon(step7)

      def step7():
          loop.call_soon(step8)

      def step8():
          record("chain done")
          loop.stop()

      loop.call_soon(step1)
      loop.run_forever()
      """
    Then the trace is:
      """
      zero-delay timer
      chain done
      """
