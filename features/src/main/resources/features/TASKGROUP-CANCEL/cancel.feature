Feature: Cancelling a task group from outside
  A task group whose task is cancelled by another cancels its tasks and lets the CancelledError through.

  @TASKGROUP-CANCEL-1
  Scenario: every task is cancelled, then CancelledError leaves the block
    Given the program:
      """python
      async def sleeper(name):
          try:
              await asyncio.sleep(1)
          except asyncio.CancelledError:
              record("cancelled")
              raise

      async def body():
          try:
              async with asyncio.TaskGroup() as tg:
                  tg.create_task(sleeper("s1"))
                  tg.create_task(sleeper("s2"))
                  await asyncio.sleep(1)
          except asyncio.CancelledError:
              record("CancelledError leaves the block", asyncio.current_task().cancelling())
              raise

      async def main():
          t = loop.create_task(body())
          await asyncio.sleep(0)
          await asyncio.sleep(0)
          t.cancel()
          await asyncio.gather(t, return_exceptions=True)
          record("the task is cancelled", t.cancelled())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      cancelled
      cancelled
      CancelledError leaves the block: 1
      the task is cancelled: True
      """

  @TASKGROUP-CANCEL-1
  Scenario: a cancellation that comes while the block waits for its tasks cancels them, then leaves as CancelledError
    Given the program:
      """python
      async def sleeper():
          try:
              await asyncio.sleep(1)
          except asyncio.CancelledError:
              record("cancelled")
              raise

      async def body():
          try:
              async with asyncio.TaskGroup() as tg:
                  tg.create_task(sleeper())
                  tg.create_task(sleeper())
                  record("the body ends")
          except asyncio.CancelledError:
              record("CancelledError leaves the block", asyncio.current_task().cancelling())
              raise

      async def main():
          t = loop.create_task(body())
          await asyncio.sleep(0)
          await asyncio.sleep(0)
          t.cancel()
          await asyncio.gather(t, return_exceptions=True)
          record("the task is cancelled", t.cancelled())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the body ends
      cancelled
      cancelled
      CancelledError leaves the block: 1
      the task is cancelled: True
      """

  @TASKGROUP-CANCEL-2
  Scenario: a task fails while another task cancels the body; the block leaves with the ExceptionGroup and cancelling() still counts the outside request
    Given the program:
      """python
      async def bad():
          await asyncio.sleep(0)
          raise ValueError("boom")

      async def body():
          try:
              async with asyncio.TaskGroup() as g:
                  g.create_task(bad())
                  await asyncio.sleep(1)
          except ExceptionGroup as e:
              record("group", e.exceptions)
              record("cancelling", asyncio.current_task().cancelling())
          except asyncio.CancelledError:
              record("cancelled")

      async def killer(t):
          await asyncio.sleep(0)
          t.cancel()

      async def main():
          t = loop.create_task(body())
          k = loop.create_task(killer(t))
          await asyncio.wait([t, k])
          record("both done")

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      group: (ValueError('boom'),)
      cancelling: 1
      both done
      """

  @TASKGROUP-CANCEL-3
  Scenario: after the ExceptionGroup, the outside cancellation is still pending: the next await raises CancelledError
    Given the program:
      """python
      async def bad():
          await asyncio.sleep(0)
          raise ValueError("boom")

      async def body():
          try:
              async with asyncio.TaskGroup() as g:
                  g.create_task(bad())
                  await asyncio.sleep(1)
          except ExceptionGroup as e:
              record("group", e.exceptions)
              record("cancelling", asyncio.current_task().cancelling())
          try:
              await asyncio.sleep(0)
              record("sleep returns")
          except asyncio.CancelledError:
              record("sleep cancelled")

      async def killer(t):
          await asyncio.sleep(0)
          t.cancel()

      async def main():
          t = loop.create_task(body())
          k = loop.create_task(killer(t))
          await asyncio.wait([t, k])

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      group: (ValueError('boom'),)
      cancelling: 1
      sleep cancelled
      """
