Feature: A task runs its coroutine on the loop and keeps its outcome
  The asyncio documentation of loop.create_task(coro): "Schedule the execution of coroutine
  coro. Return a Task object." and of Task.result(): "If the Task is done, the result of the
  wrapped coroutine is returned (or if the coroutine raised an exception, that exception is
  re-raised.)"

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
