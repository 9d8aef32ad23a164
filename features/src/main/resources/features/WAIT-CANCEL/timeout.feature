Feature: wait with a timeout returns the unfinished futures as pending
  The asyncio documentation of asyncio.wait(): "timeout (a float or int), if specified, can be
  used to control the maximum number of seconds to wait before returning. Note that this
  function does not raise TimeoutError. Futures or Tasks that aren't done when the timeout
  occurs are simply returned in the second set."

  @WAIT-CANCEL-1
  Scenario: Cancelling the task suspended in wait() leaves the awaited tasks running
    Given the program:
      """python
      async def child():
          await asyncio.sleep(0.02)
          record("child finished")

      async def waiter():
          try:
              await asyncio.wait({t})
          except CancelledError:
              record("waiter cancelled")
              raise

      async def main():
          t = loop.create_task(child())
          w = loop.create_task(waiter())
          await asyncio.sleep(0)
          w.cancel()
          try:
              await w
          except CancelledError:
              record("child cancelled", t.cancelled())
          await t

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      waiter cancelled
      child cancelled: False
      child finished
      """
