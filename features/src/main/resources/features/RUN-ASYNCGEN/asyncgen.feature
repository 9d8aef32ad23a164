Feature: asynchronous generators at the end of asyncio.run
  The asyncio documentation of asyncio.run: "taking care of managing the asyncio event loop, finalizing asynchronous generators".

  @RUN-ASYNCGEN-1
  Scenario: a generator left at its yield is closed after main returns, before run returns
    Given the program:
      """python
      async def ticks():
          try:
              yield 1
              yield 2
          finally:
              record("generator closed")

      async def main():
          g = ticks()
          async for x in g:
              record("first", x)
              break
          record("main returns")
          return "main"

      r = asyncio.run(main())
      record("run returned", r)
      """
    Then the trace is:
      """
      first: 1
      main returns
      generator closed
      run returned: 'main'
      """
