Feature: A task runs its coroutine on the loop and keeps its outcome
  The asyncio documentation of loop.create_task(coro): "Schedule the execution of coroutine
  coro. Return a Task object." and of Task.result(): "If the Task is done, the result of the
  wrapped coroutine is returned (or if the coroutine raised an exception, that exception is
  re-raised.)"

  @TASK-CREATE-1
  Scenario: create_task called from a coroutine does not start the new coroutine inline
    Given the program:
      """python
      async def child():
          record("child starts")

      async def main():
          t = loop.create_task(child())
          record("create_task returned")
          await t
          record("child awaited")

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      create_task returned
      child starts
      child awaited
      """

  @TASK-CREATE-1
  Scenario: A task's first step runs after the callbacks already queued when it was created
    Given the program:
      """python
      def say(word):
          record(word)

      async def child():
          record("child starts")

      def create():
          loop.create_task(child())
          record("create_task returned")
          loop.call_later(0.01, loop.stop)

      loop.call_soon(create)
      loop.call_soon(say, "queued before create_task")
      loop.run_forever()
      """
    Then the trace is:
      """
      create_task returned
      queued before create_task
      child starts
      """

  @TASK-CREATE-2
  Scenario: asyncio.create_task makes a named task of the running loop, and refuses without one
    Given the program:
      """python
      async def work(x):
          await asyncio.sleep(0)
          return x

      async def main():
          t = asyncio.create_task(work(1))
          u = asyncio.create_task(work(2), name="second")
          record("not started inline", t.done())
          record("named", u.get_name())
          r1 = await t
          r2 = await u
          record("results", [r1, r2])

      try:
          asyncio.create_task(work(0))
      except RuntimeError as e:
          record("outside a running loop", e)
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      outside a running loop: RuntimeError('no running event loop')
      not started inline: False
      named: 'second'
      results: [1, 2]
      """
