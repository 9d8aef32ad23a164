Feature: sleep returns its result argument
  The asyncio documentation of asyncio.sleep(delay, result=None): "Block for delay seconds. If
  result is provided, it is returned to the caller when the coroutine completes."

  @SLEEP-RESULT-1
  Scenario: sleep(delay, result) returns result
    Given the program:
      """python
      async def main():
          value = await asyncio.sleep(0.01, "done")
          record("value", value)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      value: 'done'
      """

  @SLEEP-RESULT-1
  Scenario: sleep(0) also returns result, given by keyword
    Given the program:
      """python
      async def main():
          value = await asyncio.sleep(0, result=[1, (2, 3)])
          record("value", value)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      value: [1, (2, 3)]
      """

  @SLEEP-RESULT-1
  Scenario: sleep without a result returns None
    Given the program:
      """python
      async def main():
          first = await asyncio.sleep(0)
          second = await asyncio.sleep(0.01)
          record("values", (first, second))

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      values: (None, None)
      """
