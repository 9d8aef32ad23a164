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

  @RUN-ASYNCGEN-1
  Scenario: a generator that raises while closing goes to the exception handler, run still returns
    Given the program:
      """python
      async def breaks():
          try:
              yield 1
          finally:
              record("closing")
              raise ValueError("while closing")

      async def main():
          g = breaks()
          async for x in g:
              record("first", x)
              break
          return "main"

      r = asyncio.run(main())
      record("run returned", r)
      """
    Then the trace is:
      """
      first: 1
      closing
      !handler: ValueError('while closing')
      run returned: 'main'
      """
