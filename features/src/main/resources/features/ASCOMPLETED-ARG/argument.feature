Feature: what as_completed takes (3.13+)
  CPython 3.13 refuses a single awaitable at the call: "expects an iterable of awaitables".

  @ASCOMPLETED-ARG-1
  Scenario: a future instead of a list is refused at the call, an int is not iterable
    Given the program:
      """python
      async def main():
          f = loop.create_future()
          try:
              it = asyncio.as_completed(f)
              record("no error at the call")
          except TypeError as e:
              record("error", e)
          try:
              it = asyncio.as_completed(5)
              record("no error at the call")
          except TypeError as e:
              record("error", e)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      error: TypeError('expects an iterable of awaitables, not Future')
      error: TypeError("'int' object is not iterable")
      """
