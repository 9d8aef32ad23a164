Feature: A task's coroutine
  The asyncio documentation of Task.get_coro: "Return the coroutine object wrapped by the Task."

  @TASK-CORO-1
  Scenario: get_coro() is the coroutine the task was made of, pending and done
    Given the program:
      """python
      async def work():
          await asyncio.sleep(0)
          return 1

      async def main():
          c = work()
          t = loop.create_task(c)
          record("pending task", t.get_coro() is c)
          await t
          record("done task", t.get_coro() is c)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      pending task: True
      done task: True
      """
