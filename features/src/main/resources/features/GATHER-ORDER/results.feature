Feature: gather collects the results in argument order
  The asyncio documentation of asyncio.gather(*aws, return_exceptions=False): "Run awaitable
  objects in the aws sequence concurrently. [...] If all awaitables are completed successfully,
  the result is an aggregate list of returned values. The order of result values corresponds
  to the order of awaitables in aws."

  @GATHER-ORDER-1
  Scenario: The result list follows the argument order, not the completion order
    Given the program:
      """python
      async def child(name, delay):
          await asyncio.sleep(delay)
          record("finished", name)
          return name

      async def main():
          result = await asyncio.gather(child("a", 0.03), child("b", 0.01), child("c", 0.02))
          record("result", result)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      finished: 'b'
      finished: 'c'
      finished: 'a'
      result: ['a', 'b', 'c']
      """

  @GATHER-ORDER-1
  Scenario: Coroutines, tasks and futures are gathered in argument order
    Given the program:
      """python
      async def child(value, delay):
          await asyncio.sleep(delay)
          return value

      async def main():
          t = loop.create_task(child("task", 0.01))
          f = loop.create_future()
          loop.call_later(0.02, f.set_result, "future")
          result = await asyncio.gather(f, child("coroutine", 0.03), t)
          record("result", result)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      result: ['future', 'coroutine', 'task']
      """
