Feature: gather collects the results in argument order
  The asyncio documentation of asyncio.gather(*aws, return_exceptions=False): "Run awaitable
  objects in the aws sequence concurrently. [...] If all awaitables are completed successfully,
  the result is an aggregate list of returned values. The order of result values corresponds
  to the order of awaitables in aws."

  @GATHER-EMPTY-1
  Scenario: gather() with no arguments returns an empty list
    Given the program:
      """python
      async def main():
          result = await asyncio.gather()
          record("result", result)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      result: []
      """
