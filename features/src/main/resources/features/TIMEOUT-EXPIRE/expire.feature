Feature: A timeout block and its deadline
  The asyncio documentation of timeout(): "the context manager will cancel the current task and handle
  the resulting asyncio.CancelledError internally, transforming it into a TimeoutError".

  @TIMEOUT-EXPIRE-1
  Scenario: the body is cancelled where it waits, the block raises TimeoutError, and expired() turns True
    Given the program:
      """python
      async def main():
          try:
              async with asyncio.timeout(0.01) as cm:
                  record("entered", cm.expired())
                  try:
                      await asyncio.sleep(1)
                  except asyncio.CancelledError:
                      record("the body is cancelled")
                      raise
                  record("not reached")
          except TimeoutError as e:
              record("async with raised", e)
          record("expired", cm.expired())
          record("no cancellation left", asyncio.current_task().cancelling())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      entered: False
      the body is cancelled
      async with raised: TimeoutError()
      expired: True
      no cancellation left: 0
      """

  @TIMEOUT-EXPIRE-1
  Scenario: a body that swallows the cancellation leaves the block normally, expired
    Given the program:
      """python
      async def main():
          async with asyncio.timeout(0.01) as cm:
              try:
                  await asyncio.sleep(1)
              except asyncio.CancelledError:
                  record("the body swallows the cancellation")
          record("nothing raised", cm.expired())
          await asyncio.sleep(0)
          record("the task goes on", asyncio.current_task().cancelling())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the body swallows the cancellation
      nothing raised: True
      the task goes on: 0
      """

  @TIMEOUT-EXPIRE-2
  Scenario: a body that finishes in time is never cancelled, and timeout(None) never expires
    Given the program:
      """python
      async def main():
          async with asyncio.timeout(0.02) as cm:
              record("inside, without an await", cm.expired())
          record("left in time", cm.expired())
          await asyncio.sleep(0.05)
          record("never cancelled later", [cm.expired(), asyncio.current_task().cancelling()])
          async with asyncio.timeout(None) as cm2:
              await asyncio.sleep(0.03)
          record("timeout(None) never expires", [cm2.when(), cm2.expired()])

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      inside, without an await: False
      left in time: False
      never cancelled later: [False, 0]
      timeout(None) never expires: [None, False]
      """
