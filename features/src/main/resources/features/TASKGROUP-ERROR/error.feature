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

  @TASKGROUP-ERROR-3
  Scenario: a KeyboardInterrupt leaving the body cancels the task and leaves the block as it is, not in an ExceptionGroup
    Given the program:
      """python
      async def child():
          try:
              await asyncio.sleep(1)
          except asyncio.CancelledError:
              record("child cancelled")
              raise

      async def main():
          try:
              async with asyncio.TaskGroup() as g:
                  g.create_task(child())
                  await asyncio.sleep(0)
                  raise KeyboardInterrupt("stop")
          except KeyboardInterrupt as e:
              record("KeyboardInterrupt", e)
          except ExceptionGroup as e:
              record("group", e.exceptions)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      child cancelled
      KeyboardInterrupt: KeyboardInterrupt('stop')
      """

  @TASKGROUP-ERROR-3
  Scenario: a task failing with KeyboardInterrupt first leaves run_until_complete; run again, the group cancels its other task and re-raises the KeyboardInterrupt
    Given the program:
      """python
      async def child():
          try:
              await asyncio.sleep(1)
          except asyncio.CancelledError:
              record("child cancelled")
              raise

      async def bad():
          await asyncio.sleep(0)
          raise KeyboardInterrupt("stop")

      async def main():
          try:
              async with asyncio.TaskGroup() as g:
                  g.create_task(child())
                  g.create_task(bad())
                  await asyncio.sleep(1)
          except KeyboardInterrupt as e:
              record("KeyboardInterrupt in main", e)
          except ExceptionGroup as e:
              record("group", e.exceptions)
          except asyncio.CancelledError:
              record("main cancelled")

      m = loop.create_task(main())
      try:
          loop.run_until_complete(m)
      except KeyboardInterrupt as e:
          record("KeyboardInterrupt from run_until_complete", e)
      record("main done", m.done())
      loop.run_until_complete(m)
      record("main done", m.done())
      """
    Then the trace is:
      """
      KeyboardInterrupt from run_until_complete: KeyboardInterrupt('stop')
      main done: False
      child cancelled
      KeyboardInterrupt in main: KeyboardInterrupt('stop')
      main done: True
      """
