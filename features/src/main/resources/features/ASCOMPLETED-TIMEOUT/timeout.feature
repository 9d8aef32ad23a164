Feature: as_completed with a timeout
  The asyncio documentation of as_completed: "Raises TimeoutError if the timeout occurs before all
  Futures are done."

  @ASCOMPLETED-TIMEOUT-1
  Scenario: after the timeout each remaining await raises TimeoutError and the inputs run on
    Given the program:
      """python
      async def job(name, delay):
          await asyncio.sleep(delay)
          return name

      async def main():
          a = loop.create_task(job("a", 0))
          await a
          b = loop.create_task(job("b", 0.1))
          c = loop.create_task(job("c", 0.12))
          for aw in asyncio.as_completed([a, b, c], timeout=0.05):
              try:
                  r = await aw
                  record("result", r)
              except asyncio.TimeoutError:
                  record("timeout; b and c done, cancelled", [b.done(), c.done(), b.cancelled(), c.cancelled()])
          r = await asyncio.gather(b, c)
          record("later", r)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      result: 'a'
      timeout; b and c done, cancelled: [False, False, False, False]
      timeout; b and c done, cancelled: [False, False, False, False]
      later: ['b', 'c']
      """
