Feature: Cancelling a wait_for
  The asyncio documentation of wait_for: "If the wait is cancelled, the future aw is also cancelled."

  @WAITFOR-CANCEL-1
  Scenario: cancelling the caller cancels the coroutine or the future it waits for
    Given the program:
      """python
      async def inner():
          try:
              await asyncio.sleep(1)
          except asyncio.CancelledError:
              record("the awaitable is cancelled too")
              raise

      async def outer():
          try:
              await asyncio.wait_for(inner(), 10)
          except asyncio.CancelledError:
              record("wait_for raises CancelledError")
              raise

      async def main():
          t = loop.create_task(outer())
          await asyncio.sleep(0)
          await asyncio.sleep(0)
          t.cancel()
          await asyncio.gather(t, return_exceptions=True)
          record("the caller is cancelled", t.cancelled())
          f = loop.create_future()
          t2 = loop.create_task(asyncio.wait_for(f, 10))
          await asyncio.sleep(0)
          t2.cancel()
          await asyncio.gather(t2, return_exceptions=True)
          record("a future awaited is cancelled", [t2.cancelled(), f.cancelled()])

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the awaitable is cancelled too
      wait_for raises CancelledError
      the caller is cancelled: True
      a future awaited is cancelled: [True, True]
      """

  @WAITFOR-CANCEL-1
  Scenario: the caller of wait_for(task, 0) cancelled while it waits for the task it cancelled raises CancelledError at once; the task finishes on its own
    Given the program:
      """python
      async def slow():
          try:
              await asyncio.sleep(1)
          except asyncio.CancelledError:
              record("slow cancelled")
              await asyncio.sleep(0)
              await asyncio.sleep(0)
              record("slow ends")
              return 5

      async def caller(t):
          try:
              r = await asyncio.wait_for(t, 0)
              record("wait_for returned", r)
          except asyncio.CancelledError:
              record("caller cancelled")
          except TimeoutError:
              record("caller timed out")

      async def main():
          t = loop.create_task(slow())
          await asyncio.sleep(0)
          c = loop.create_task(caller(t))
          await asyncio.sleep(0)
          c.cancel()
          await c
          record("t done", t.done())
          r = await t
          record("t result", r)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      slow cancelled
      caller cancelled
      t done: False
      slow ends
      t result: 5
      """
