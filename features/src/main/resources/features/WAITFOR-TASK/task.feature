Feature: Where wait_for runs a coroutine (3.12+)
  Since 3.12, wait_for is built on asyncio.timeout and awaits a coroutine in the caller's task.

  @WAITFOR-TASK-1
  Scenario: current_task() inside the coroutine is the caller's task
    Given the program:
      """python
      async def which():
          return asyncio.current_task()

      async def main():
          me = asyncio.current_task()
          t = await asyncio.wait_for(which(), 10)
          record("the coroutine runs in the caller's task", t == me)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the coroutine runs in the caller's task: True
      """
