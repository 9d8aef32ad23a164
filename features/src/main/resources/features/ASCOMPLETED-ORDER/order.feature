Feature: as_completed, iterated
  The asyncio documentation of as_completed: "Return an iterator of coroutines. Each coroutine
  returned can be awaited to get the earliest next result from the iterable of the remaining
  awaitables."

  @ASCOMPLETED-ORDER-1
  Scenario: the awaits give results and exceptions in completion order
    Given the program:
      """python
      async def job(name, gate, fail):
          await gate
          if fail:
              raise ValueError(name)
          return name

      async def release(gates):
          for gate in gates:
              await asyncio.sleep(0.01)
              gate.set_result(None)

      async def main():
          gate_a = loop.create_future()
          gate_b = loop.create_future()
          gate_c = loop.create_future()
          a = loop.create_task(job("a", gate_a, False))
          b = loop.create_task(job("b", gate_b, False))
          c = loop.create_task(job("c", gate_c, True))
          releaser = loop.create_task(release([gate_b, gate_c, gate_a]))
          for aw in asyncio.as_completed([a, b, c]):
              try:
                  r = await aw
                  record("result", r)
              except ValueError as e:
                  record("error", [e, e is c.exception()])
          record("end")

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      result: 'b'
      error: [ValueError('c'), True]
      result: 'a'
      end
      """

  @ASCOMPLETED-ORDER-2
  Scenario: a future passed three times counts once, a coroutine runs as a task, no input gives nothing
    Given the program:
      """python
      async def job(name, delay):
          await asyncio.sleep(delay)
          record("job ends", name)
          return name

      async def main():
          f = loop.create_future()
          loop.call_later(0.01, f.set_result, "f")
          for aw in asyncio.as_completed([f, f, job("coroutine", 0.05), f]):
              r = await aw
              record("result", r)
          for aw in asyncio.as_completed([]):
              record("never")
          record("empty input gives nothing")

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      result: 'f'
      job ends: 'coroutine'
      result: 'coroutine'
      empty input gives nothing
      """

  @ASCOMPLETED-ORDER-3
  Scenario: awaited in reverse, the awaitables still give the completions in order
    Given the program:
      """python
      async def job(name, gate):
          await gate
          return name

      async def release(gates):
          for gate in gates:
              await asyncio.sleep(0.01)
              gate.set_result(None)

      async def main():
          gate_a = loop.create_future()
          gate_b = loop.create_future()
          gate_c = loop.create_future()
          a = loop.create_task(job("a", gate_a))
          b = loop.create_task(job("b", gate_b))
          c = loop.create_task(job("c", gate_c))
          releaser = loop.create_task(release([gate_b, gate_c, gate_a]))
          given = []
          for aw in asyncio.as_completed([a, b, c]):
              given = [aw] + given
          for aw in given:
              r = await aw
              record("awaited", r)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      awaited: 'b'
      awaited: 'c'
      awaited: 'a'
      """
