Feature: When a task group takes tasks
  The asyncio documentation of TaskGroup: "Once the last task has finished and the async with block is
  exited, no new tasks may be added to the group."

  @TASKGROUP-CREATE-1
  Scenario: create_task before the block, after it and while a failure shuts the group down raises RuntimeError
    Given the program:
      """python
      async def child():
          await asyncio.sleep(0)

      async def fails():
          raise ValueError("boom")

      async def main():
          tg = asyncio.TaskGroup()
          try:
              tg.create_task(child())
          except RuntimeError as e:
              record("before the block", e)
          async with tg:
              tg.create_task(child())
          try:
              tg.create_task(child())
          except RuntimeError as e:
              record("after the block", e)
          tg2 = asyncio.TaskGroup()
          try:
              async with tg2:
                  tg2.create_task(fails())
                  await asyncio.sleep(0)
                  await asyncio.sleep(0)
          except asyncio.CancelledError:
              record("not reached")
          except ExceptionGroup as e:
              record("failed", e.exceptions)
          try:
              async with asyncio.TaskGroup() as tg3:
                  tg3.create_task(fails())
                  try:
                      await asyncio.sleep(1)
                  except asyncio.CancelledError:
                      try:
                          tg3.create_task(child())
                      except RuntimeError as e:
                          record("while it shuts down", e)
                      raise
          except ExceptionGroup as e:
              record("failed", e.exceptions)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      before the block: RuntimeError('TaskGroup <TaskGroup> has not been entered')
      after the block: RuntimeError('TaskGroup <TaskGroup entered> is finished')
      failed: (ValueError('boom'),)
      while it shuts down: RuntimeError('TaskGroup <TaskGroup errors=1 cancelling> is shutting down')
      failed: (ValueError('boom'),)
      """
