Feature: The deadline of a timeout
  The asyncio documentation of Timeout.when(): "Return the current deadline, or None if the current
  deadline is not set."

  @TIMEOUT-WHEN-1
  Scenario: when() of timeout(), timeout_at() and timeout(None), and after reschedule()
    Given the program:
      """python
      async def main():
          t0 = loop.time()
          cm = asyncio.timeout(10)
          zero = asyncio.timeout(0)
          t1 = loop.time()
          record("timeout(10).when() is time() + 10", [cm.when() >= t0 + 10, cm.when() <= t1 + 10])
          record("timeout(0).when() is time()", [zero.when() >= t0, zero.when() <= t1])
          at = asyncio.timeout_at(t0 + 5)
          record("timeout_at(when).when() is when", at.when() == t0 + 5)
          record("timeout(None).when()", asyncio.timeout(None).when())
          async with asyncio.timeout_at(loop.time() + 10) as cm3:
              cm3.reschedule(t0 + 20)
              record("after reschedule", cm3.when() == t0 + 20)
          record("after exit", cm3.when() == t0 + 20)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      timeout(10).when() is time() + 10: [True, True]
      timeout(0).when() is time(): [True, True]
      timeout_at(when).when() is when: True
      timeout(None).when(): None
      after reschedule: True
      after exit: True
      """
