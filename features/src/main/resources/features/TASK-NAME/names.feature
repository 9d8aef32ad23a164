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

  @TASK-NAME-2
  Scenario: set_name() renames a task, with str() of its value, also once it is done
    Given the program:
      """python
      async def work():
          await asyncio.sleep(0)

      async def main():
          t = loop.create_task(work(), name="first")
          t.set_name("renamed")
          record("set_name", t.get_name())
          t.set_name(42)
          record("set_name(42)", t.get_name())
          await t
          t.set_name("after")
          record("after it is done", t.get_name())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      set_name: 'renamed'
      set_name(42): '42'
      after it is done: 'after'
      """
