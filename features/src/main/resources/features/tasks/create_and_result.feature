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

      loop.call_soon(create)
      loop.call_soon(say, "queued before create_task")
      loop.call_later(0.01, loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      create_task returned
      queued before create_task
      child starts
      """

  @TASK-RESULT-1
  Scenario: A task's result is the return value of its coroutine
    Given the program:
      """python
      async def child():
          await asyncio.sleep(0)
          return {"a", "b"}

      async def main():
          t = loop.create_task(child())
          value = await t
          record("awaited", value)
          record("result()", t.result())
          record("exception()", t.exception())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      awaited: {'a', 'b'}
      result(): {'a', 'b'}
      exception(): None
      """

  @TASK-RESULT-1
  Scenario: An exception raised by the coroutine becomes the task's exception
    Given the program:
      """python
      async def child():
          await asyncio.sleep(0)
          raise ValueError("boom")

      async def main():
          t = loop.create_task(child())
          try:
              await t
          except ValueError as e:
              record("awaiter sees", e)
          record("exception()", t.exception())
          record("(done, cancelled)", (t.done(), t.cancelled()))
          try:
              t.result()
          except ValueError as e:
              record("result() raises", e)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      awaiter sees: ValueError('boom')
      exception(): ValueError('boom')
      (done, cancelled): (True, False)
      result() raises: ValueError('boom')
      """

  @TASK-NAME-1
  Scenario: A task has the name it was created with; unnamed tasks get distinct default names
    Given the program:
      """python
      async def work():
          pass

      async def main():
          named = loop.create_task(work(), name="worker")
          first = loop.create_task(work())
          second = loop.create_task(work())
          record("named", named.get_name())
          record("default names differ", first.get_name() != second.get_name())
          await asyncio.gather(named, first, second)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      named: 'worker'
      default names differ: True
      """
