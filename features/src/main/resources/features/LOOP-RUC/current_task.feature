Feature: The coroutine given to run_until_complete runs in a Task
  The asyncio documentation of loop.run_until_complete(future): "If the argument is a coroutine
  object it is implicitly scheduled to run as a asyncio.Task." Inside it, asyncio.current_task()
  is that Task.

  @LOOP-RUC-3
  Scenario: Inside the coroutine given to run_until_complete, current_task() is a Task, not None
    Given the program:
      """python
      async def main():
          task = asyncio.current_task()
          record("current_task() is not None", task is not None)
          await asyncio.sleep(0)
          record("the same task after a sleep(0)", asyncio.current_task() is task)
          return "done"

      record("result", loop.run_until_complete(main()))
      """
    Then the trace is:
      """
      current_task() is not None: True
      the same task after a sleep(0): True
      result: 'done'
      """
