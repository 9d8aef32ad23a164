Feature: what asyncio.run returns
  The asyncio documentation of asyncio.run: "Execute the coroutine coro and return the result."

  @RUN-RESULT-1
  Scenario: run returns the coroutine's result and raises its exception
    Given the program:
      """python
      async def compute(x):
          await asyncio.sleep(0)
          return x * 2

      async def fails():
          await asyncio.sleep(0)
          raise ValueError("boom")

      r = asyncio.run(compute(21))
      record("result", r)
      try:
          asyncio.run(fails())
      except ValueError as e:
          record("raised", e)
      """
    Then the trace is:
      """
      result: 42
      raised: ValueError('boom')
      """
