Feature: sleep(0) gives the other callbacks and tasks exactly one loop iteration
  The asyncio documentation of asyncio.sleep(delay, result=None): "sleep() always suspends the
  current task, allowing other tasks to run. Setting the delay to 0 provides an optimized path
  to allow other tasks to run."

  @SLEEP-ZERO-1
  Scenario: Each sleep(0) suspends the task for exactly one loop iteration
    A ticker that reschedules itself records one "tick" per loop iteration.

    Given the program:
      """python
      def tick():
          record("tick")
          ticker = loop.call_soon(tick)

      async def main():
          record("before sleep(0)")
          await asyncio.sleep(0)
          record("after the first sleep(0)")
          await asyncio.sleep(0)
          record("after the second sleep(0)")
          ticker.cancel()

      ticker = loop.call_soon(tick)
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      tick
      before sleep(0)
      tick
      after the first sleep(0)
      tick
      after the second sleep(0)
      """

  @SLEEP-ZERO-1
  Scenario: sleep(0) lets the callbacks queued before it run, but not the ones they schedule
    Given the program:
      """python
      def first():
          record("first")
          loop.call_soon(scheduled_by_first)

      def scheduled_by_first():
          record("scheduled by first")

      async def main():
          loop.call_soon(first)
          await asyncio.sleep(0)
          record("resumed")

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      first
      resumed
      scheduled by first
      """

  @SLEEP-ZERO-1
  Scenario: Two tasks that sleep(0) in turn alternate, one step each per iteration
    Given the program:
      """python
      async def worker(name):
          record(name, 1)
          await asyncio.sleep(0)
          record(name, 2)
          await asyncio.sleep(0)
          record(name, 3)

      async def main():
          a = loop.create_task(worker("a"))
          b = loop.create_task(worker("b"))
          await a
          await b

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      a: 1
      b: 1
      a: 2
      b: 2
      a: 3
      b: 3
      """
