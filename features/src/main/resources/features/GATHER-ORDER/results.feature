Feature: gather collects the results in argument order
  The asyncio documentation of asyncio.gather(*aws, return_exceptions=False): "Run awaitable
  objects in the aws sequence concurrently. [...] If all awaitables are completed successfully,
  the result is an aggregate list of returned values. The order of result values corresponds
  to the order of awaitables in aws."

  @GATHER-ORDER-1
  Scenario: The result list follows the argument order, not the completion order
    Given the program:
      """python
      async def child(name, gate):
          await gate
          record("finished", name)
          return name

      async def release(gates):
          for gate in gates:
              await asyncio.sleep(0.01)
              gate.set_result(None)

      async def main():
          gate_a = loop.create_future()
          gate_b = loop.create_future()
          gate_c = loop.create_future()
          releaser = loop.create_task(release([gate_b, gate_c, gate_a]))
          result = await asyncio.gather(child("a", gate_a), child("b", gate_b), child("c", gate_c))
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
