Feature: wait returns the done and the pending futures as two sets
  The asyncio documentation of asyncio.wait(aws, *, timeout=None, return_when=ALL_COMPLETED):
  "Run Future and Task instances in the aws iterable concurrently and block until the
  condition specified by return_when. [...] Returns two sets of Tasks/Futures: (done,
  pending)." — ALL_COMPLETED: "The function will return when all futures finish or are
  cancelled."

  @WAIT-WHEN-3
  Scenario: By default wait returns only when all futures are done, even when one raised
    Given the program:
      """python
      async def fails():
          await asyncio.sleep(0.01)
          raise ValueError("boom")

      async def slow():
          await asyncio.sleep(0.03)
          record("slow finished")
          return "slow"

      async def main():
          bad = loop.create_task(fails())
          good = loop.create_task(slow())
          result = await asyncio.wait({bad, good})
          record("result", result)
          record("exception", bad.exception())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      slow finished
      result: ({bad, good}, set())
      exception: ValueError('boom')
      """
