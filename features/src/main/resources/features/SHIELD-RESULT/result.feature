Feature: What a shield passes on
  The asyncio documentation of shield: "If something() is cancelled by other means (i.e. from within
  itself) that would also cancel shield()."

  @SHIELD-RESULT-1
  Scenario: result, exception and an inner cancellation pass through; a done future is returned as it is
    Given the program:
      """python
      async def fails():
          await asyncio.sleep(0)
          raise ValueError("boom")

      async def sleeper():
          await asyncio.sleep(1)

      async def main():
          r = await asyncio.shield(asyncio.sleep(0, "value"))
          record("the result passes through", r)
          try:
              await asyncio.shield(fails())
          except ValueError as e:
              record("the exception passes through", e)
          inner = loop.create_task(sleeper())
          outer = asyncio.shield(inner)
          await asyncio.sleep(0)
          inner.cancel()
          try:
              await outer
          except asyncio.CancelledError:
              record("cancelling the inner task cancels the outer future", outer.cancelled())
          f = loop.create_future()
          f.set_result(1)
          record("a done future is returned as it is", asyncio.shield(f) == f)
          g = loop.create_future()
          record("else a new future", asyncio.shield(g) == g)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the result passes through: 'value'
      the exception passes through: ValueError('boom')
      cancelling the inner task cancels the outer future: True
      a done future is returned as it is: True
      else a new future: False
      """
