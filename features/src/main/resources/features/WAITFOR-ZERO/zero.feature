Feature: wait_for with a timeout of zero or less
  CPython's wait_for handles a timeout of 0 or less before it waits.

  @WAITFOR-ZERO-1
  Scenario: a coroutine never starts, a done future gives its result, a pending future is cancelled
    Given the program:
      """python
      async def body():
          record("not reached")
          return 1

      async def main():
          try:
              await asyncio.wait_for(body(), 0)
          except asyncio.TimeoutError as e:
              record("timeout 0 on a coroutine", e)
          f = loop.create_future()
          f.set_result("done already")
          r = await asyncio.wait_for(f, 0)
          record("timeout 0 on a done future", r)
          g = loop.create_future()
          try:
              await asyncio.wait_for(g, -1)
          except asyncio.TimeoutError as e:
              record("a negative timeout on a pending future", [e, g.cancelled()])

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      timeout 0 on a coroutine: TimeoutError()
      timeout 0 on a done future: 'done already'
      a negative timeout on a pending future: [TimeoutError(), True]
      """

  @WAITFOR-ZERO-1
  Scenario: wait_for(task, 0) on a started task that swallows the cancellation waits for it and returns its value
    Given the program:
      """python
      async def slow():
          try:
              await asyncio.sleep(1)
          except asyncio.CancelledError:
              record("slow cancelled")
              await asyncio.sleep(0)
              record("slow ends")
              return 5

      async def main():
          t = loop.create_task(slow())
          await asyncio.sleep(0)
          try:
              r = await asyncio.wait_for(t, 0)
              record("wait_for returned", r)
          except TimeoutError:
              record("timed out")

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      slow cancelled
      slow ends
      wait_for returned: 5
      """
