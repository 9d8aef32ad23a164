Feature: as_completed, iterated
  The asyncio documentation of as_completed: "Return an iterator of coroutines. Each coroutine
  returned can be awaited to get the earliest next result from the iterable of the remaining
  awaitables."

  @ASCOMPLETED-ORDER-1
  Scenario: the awaits give results and exceptions in completion order
    Given the program:
      """python
      async def job(name, delay, fail):
          await asyncio.sleep(delay)
          if fail:
              raise ValueError(name)
          return name

      async def main():
          a = loop.create_task(job("a", 0.03, False))
          b = loop.create_task(job("b", 0.01, False))
          c = loop.create_task(job("c", 0.02, True))
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
      async def job(name, delay):
          await asyncio.sleep(delay)
          return name

      async def main():
          a = loop.create_task(job("a", 0.03))
          b = loop.create_task(job("b", 0.01))
          c = loop.create_task(job("c", 0.02))
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
