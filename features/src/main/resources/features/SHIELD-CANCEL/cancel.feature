Feature: Shielding from cancellation
  The asyncio documentation of shield: "if the coroutine containing it is cancelled, the Task running in
  something() is not cancelled. [...] the await expression still raises a CancelledError."

  @SHIELD-CANCEL-1
  Scenario: the awaiter is cancelled and the shielded task or coroutine runs on to its result
    Given the program:
      """python
      async def work(gate):
          r = await gate
          record("the shielded work finishes", r)
          return r

      async def waiter(aw):
          try:
              await asyncio.shield(aw)
          except asyncio.CancelledError:
              record("the awaiter is cancelled")
              raise

      async def main():
          gate = loop.create_future()
          inner = loop.create_task(work(gate))
          t = loop.create_task(waiter(inner))
          await asyncio.sleep(0)
          t.cancel()
          await asyncio.gather(t, return_exceptions=True)
          record("after the cancel", [t.cancelled(), inner.done()])
          gate.set_result("first")
          r = await inner
          record("the inner task's result", r)
          gate2 = loop.create_future()
          t2 = loop.create_task(waiter(work(gate2)))
          await asyncio.sleep(0)
          t2.cancel()
          await asyncio.gather(t2, return_exceptions=True)
          record("a shielded coroutine runs on", t2.cancelled())
          gate2.set_result("second")
          await asyncio.sleep(0)
          await asyncio.sleep(0)
          record("end")

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the awaiter is cancelled
      after the cancel: [True, False]
      the shielded work finishes: 'first'
      the inner task's result: 'first'
      the awaiter is cancelled
      a shielded coroutine runs on: True
      the shielded work finishes: 'second'
      end
      """
