Feature: Moving a deadline
  The asyncio documentation of Timeout: "If when is None, the timeout will never trigger. If when <
  loop.time(), the timeout will trigger on the next iteration of the event loop."

  @TIMEOUT-RESCHEDULE-1
  Scenario: reschedule() to None, later, earlier and to the past
    Given the program:
      """python
      async def main():
          try:
              async with asyncio.timeout(None) as cm:
                  cm.reschedule(loop.time() + 0.01)
                  cm.reschedule(None)
                  await asyncio.sleep(0.03)
                  record("no deadline, no expiry", cm.expired())
                  cm.reschedule(loop.time() + 10)
                  cm.reschedule(loop.time() + 0.01)
                  await asyncio.sleep(1)
                  record("not reached")
          except TimeoutError:
              record("an earlier deadline expires", cm.expired())
          try:
              async with asyncio.timeout(10) as cm2:
                  cm2.reschedule(loop.time() - 1)
                  record("a past deadline lets the body run on until it awaits", cm2.expired())
                  await asyncio.sleep(0)
                  record("not reached")
          except TimeoutError:
              record("it expires on the next iteration", cm2.expired())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      no deadline, no expiry: False
      an earlier deadline expires: True
      a past deadline lets the body run on until it awaits: False
      it expires on the next iteration: True
      """

  @TIMEOUT-RESCHEDULE-2
  Scenario: reschedule() after the block is left or has expired raises RuntimeError
    Given the program:
      """python
      async def main():
          async with asyncio.timeout(10) as cm:
              pass
          try:
              cm.reschedule(loop.time() + 1)
          except RuntimeError as e:
              record("after exit", e)
          try:
              async with asyncio.timeout(0) as cm2:
                  await asyncio.sleep(1)
          except TimeoutError:
              record("expired")
          try:
              cm2.reschedule(None)
          except RuntimeError as e:
              record("after expiry", e)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      after exit: RuntimeError('Cannot change state of finished Timeout')
      expired
      after expiry: RuntimeError('Cannot change state of expired Timeout')
      """
