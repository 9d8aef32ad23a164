Feature: A failing task group
  The asyncio documentation of TaskGroup: "The first time any of the tasks belonging to the group fails
  [...] the remaining tasks in the group are cancelled."

  @TASKGROUP-ERROR-1
  Scenario: two failing tasks cancel the other task and the body; both errors leave in one ExceptionGroup
    Given the program:
      """python
      async def fails(name, n):
          for i in range(n):
              await asyncio.sleep(0)
          record("raises", name)
          raise ValueError(name)

      async def sleeper(name):
          try:
              await asyncio.sleep(1)
          except asyncio.CancelledError:
              record("cancelled", name)
              raise

      async def main():
          try:
              async with asyncio.TaskGroup() as tg:
                  tg.create_task(sleeper("s"))
                  tg.create_task(fails("x", 1))
                  tg.create_task(fails("y", 1))
                  try:
                      await asyncio.sleep(1)
                  except asyncio.CancelledError:
                      record("the body is cancelled")
                      raise
          except ExceptionGroup as e:
              record("the block raises", e)
              record("its exceptions", e.exceptions)
          record("no cancellation left", asyncio.current_task().cancelling())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      raises: 'x'
      raises: 'y'
      cancelled: 's'
      the body is cancelled
      the block raises: ExceptionGroup('unhandled errors in a TaskGroup (2 sub-exceptions)')
      its exceptions: (ValueError('x'), ValueError('y'))
      no cancellation left: 0
      """

  @TASKGROUP-ERROR-2
  Scenario: an exception leaving the body cancels the tasks and leaves inside an ExceptionGroup
    Given the program:
      """python
      async def sleeper(name):
          try:
              await asyncio.sleep(1)
          except asyncio.CancelledError:
              record("cancelled", name)
              raise

      async def main():
          try:
              async with asyncio.TaskGroup() as tg:
                  tg.create_task(sleeper("s"))
                  await asyncio.sleep(0)
                  raise ValueError("from the body")
          except ExceptionGroup as e:
              record("the block raises", [e, e.exceptions])

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      cancelled: 's'
      the block raises: [ExceptionGroup('unhandled errors in a TaskGroup (1 sub-exception)'), (ValueError('from the body'),)]
      """
