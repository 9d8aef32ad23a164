Feature: wait rejects an empty set and bare coroutines
  The asyncio documentation of asyncio.wait(): "The aws iterable must not be empty." and
  "Changed in version 3.11: Passing coroutine objects to wait() directly is forbidden."

  @WAIT-ERR-1
  Scenario: wait on an empty set raises ValueError
    Given the program:
      """python
      async def main():
          try:
              result = await asyncio.wait(set())
          except ValueError as e:
              record("error", e)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      error: ValueError('Set of Tasks/Futures is empty.')
      """

  @WAIT-ERR-2
  Scenario: wait on bare coroutines raises TypeError
    Given the program:
      """python
      async def child():
          return "child"

      async def main():
          c = child()
          try:
              result = await asyncio.wait({c})
          except TypeError as e:
              record("error", e)
          value = await c
          record("the coroutine can still be awaited", value)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      error: TypeError('Passing coroutines is forbidden, use tasks explicitly.')
      the coroutine can still be awaited: 'child'
      """
