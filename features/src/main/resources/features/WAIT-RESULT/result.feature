Feature: wait returns the done and the pending futures as two sets
  The asyncio documentation of asyncio.wait(aws, *, timeout=None, return_when=ALL_COMPLETED):
  "Run Future and Task instances in the aws iterable concurrently and block until the
  condition specified by return_when. [...] Returns two sets of Tasks/Futures: (done,
  pending)." — ALL_COMPLETED: "The function will return when all futures finish or are
  cancelled."

  @WAIT-RESULT-1
  Scenario: wait returns a tuple of two sets, (done, pending)
    Given the program:
      """python
      async def child(delay):
          await asyncio.sleep(delay)
          return delay

      async def main():
          t1 = loop.create_task(child(0.01))
          t2 = loop.create_task(child(0.02))
          result = await asyncio.wait({t1, t2})
          record("result", result)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      result: ({t1, t2}, set())
      """
