Feature: as_completed as an asynchronous iterator (3.13+)
  The asyncio documentation of as_completed: "When used as an asynchronous iterator, the yielded
  objects are the original Task or Future objects when they are passed as inputs; for coroutines,
  the implicitly created Tasks are yielded."

  @ASCOMPLETED-ASYNC-1
  Scenario: async for gives the tasks and futures themselves, done, a failed one included
    Given the program:
      """python
      async def job(name, gate, fail):
          await gate
          if fail:
              raise ValueError(name)
          return name

      async def release(futures, values):
          for i in range(len(futures)):
              await asyncio.sleep(0.01)
              futures[i].set_result(values[i])

      async def main():
          gate_a = loop.create_future()
          gate_b = loop.create_future()
          gate_coroutine = loop.create_future()
          f = loop.create_future()
          a = loop.create_task(job("a", gate_a, False))
          b = loop.create_task(job("b", gate_b, True))
          releaser = loop.create_task(release([gate_b, f, gate_coroutine, gate_a], [None, "f", None, None]))
          async for done in asyncio.as_completed([a, b, f, a, job("coroutine", gate_coroutine, False)]):
              record("given is a, b, f; done", [done is a, done is b, done is f, done.done()])
              if done is b:
                  record("b failed", done.exception())
              else:
                  record("result", done.result())
          await releaser
          record("end")

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      given is a, b, f; done: [False, True, False, True]
      b failed: ValueError('b')
      given is a, b, f; done: [False, False, True, True]
      result: 'f'
      given is a, b, f; done: [False, False, False, True]
      result: 'coroutine'
      given is a, b, f; done: [True, False, False, True]
      result: 'a'
      end
      """

  @ASCOMPLETED-ASYNC-2
  Scenario: async for raises TimeoutError after the timeout and cancels nothing
    Given the program:
      """python
      async def job(name, delay):
          await asyncio.sleep(delay)
          return name

      async def main():
          a = loop.create_task(job("a", 0))
          await a
          b = loop.create_task(job("b", 0.1))
          try:
              async for done in asyncio.as_completed([a, b], timeout=0.05):
                  record("given", done.result())
          except asyncio.TimeoutError:
              record("timeout; b done, cancelled", [b.done(), b.cancelled()])
          r = await b
          record("later", r)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      given: 'a'
      timeout; b done, cancelled: [False, False]
      later: 'b'
      """
