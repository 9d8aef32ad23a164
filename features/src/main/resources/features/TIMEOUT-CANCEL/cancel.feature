Feature: Cancelled inside a timeout
  A timeout turns only its own cancellation into TimeoutError.

  @TIMEOUT-CANCEL-1
  Scenario: another cancel() before the deadline leaves the block as CancelledError
    Given the program:
      """python
      async def body():
          try:
              async with asyncio.timeout(10) as cm:
                  await asyncio.sleep(1)
          except asyncio.CancelledError:
              record("CancelledError leaves the block", cm.expired())
              raise
          except TimeoutError:
              record("not TimeoutError")

      async def main():
          t = loop.create_task(body())
          await asyncio.sleep(0)
          t.cancel()
          await asyncio.gather(t, return_exceptions=True)
          record("the task is cancelled", t.cancelled())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      CancelledError leaves the block: False
      the task is cancelled: True
      """
