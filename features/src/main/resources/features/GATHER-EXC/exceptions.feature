Feature: gather and the exceptions of its children
  The asyncio documentation of asyncio.gather(): "If return_exceptions is False (default), the
  first raised exception is immediately propagated to the task that awaits on gather(). Other
  awaitables in the aws sequence won't be cancelled and will continue to run. If
  return_exceptions is True, exceptions are treated the same as successful results, and
  aggregated in the result list."

  @GATHER-EXC-1
  Scenario: The first exception is raised to the awaiter and the other children keep running
    Given the program:
      """python
      async def fails():
          await asyncio.sleep(0)
          raise ValueError("first")

      async def slow():
          value = await release
          record("slow finished")
          return value

      async def main():
          s = loop.create_task(slow())
          try:
              await asyncio.gather(fails(), s)
          except ValueError as e:
              record("gather raised", e)
          record("slow (done, cancelled)", (s.done(), s.cancelled()))
          release.set_result("slow result")
          value = await s
          record("slow", value)

      release = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      gather raised: ValueError('first')
      slow (done, cancelled): (False, False)
      slow finished
      slow: 'slow result'
      """

  @GATHER-EXC-2
  Scenario: With return_exceptions=True exceptions are placed in the result list at their position
    Given the program:
      """python
      async def returns(value):
          await asyncio.sleep(0.02)
          return value

      async def fails():
          await asyncio.sleep(0.01)
          raise ValueError("boom")

      async def main():
          result = await asyncio.gather(returns(1), fails(), returns(3), return_exceptions=True)
          record("result", result)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      result: [1, ValueError('boom'), 3]
      """

  @GATHER-EXC-2
  Scenario: With return_exceptions=True a cancelled child appears as a CancelledError in the list
    Given the program:
      """python
      async def sleeper():
          await asyncio.sleep(10)

      async def returns(value):
          await asyncio.sleep(0.01)
          return value

      async def main():
          s = loop.create_task(sleeper())
          loop.call_soon(s.cancel)
          result = await asyncio.gather(returns("a"), s, return_exceptions=True)
          record("result", result)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      result: ['a', CancelledError()]
      """

  @GATHER-EXC-2
  Scenario: With return_exceptions=True a cancelled child is a CancelledError carrying its message
    Given the program:
      """python
      async def main():
          f1 = loop.create_future()
          f2 = loop.create_future()
          g = asyncio.gather(f1, f2, return_exceptions=True)
          f1.cancel("why")
          f2.set_result(2)
          result = await g
          record("result", result)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      result: [CancelledError('why'), 2]
      """
