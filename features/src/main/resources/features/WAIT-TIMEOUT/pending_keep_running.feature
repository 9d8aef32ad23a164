Feature: What wait leaves pending at its timeout keeps running
  The asyncio documentation of asyncio.wait(): "Note that this function does not raise
  TimeoutError. Futures or Tasks that aren't done when the timeout occurs are simply returned
  in the second set." — and: "Unlike wait_for(), wait() does not cancel the futures when a
  timeout occurs."

  @WAIT-TIMEOUT-1
  Scenario: A task pending at the timeout goes on and finishes with its own result
    Given the program:
      """python
      async def child():
          await asyncio.sleep(0.05)
          record("child finished")
          return "child result"

      async def main():
          t = loop.create_task(child())
          result = await asyncio.wait({t}, timeout=0.01)
          record("wait returned (set(), {t})", result == (set(), {t}))
          value = await t
          record("child", value)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      wait returned (set(), {t}): True
      child finished
      child: 'child result'
      """

  @WAIT-TIMEOUT-1
  Scenario: A future pending at the timeout is not cancelled and can still get its result
    Given the program:
      """python
      async def main():
          f = loop.create_future()
          result = await asyncio.wait({f}, timeout=0.01)
          record("wait returned (set(), {f})", result == (set(), {f}))
          record("f cancelled", f.cancelled())
          f.set_result("late")
          record("f result", f.result())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      wait returned (set(), {f}): True
      f cancelled: False
      f result: 'late'
      """
