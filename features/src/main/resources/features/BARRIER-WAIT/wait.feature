Feature: Passing a barrier
  The asyncio documentation of Barrier.wait: "When all the tasks party to the barrier have called
  this function, they are all unblocked simultaneously."

  @BARRIER-WAIT-1
  Scenario: three parties pass together, each with the index of its arrival, and the barrier fills again
    Given the program:
      """python
      async def party(b, name):
          record("arrives", name)
          i = await b.wait()
          record("passes", [name, i])

      async def main():
          b = asyncio.Barrier(3)
          t0 = loop.create_task(party(b, "t0"))
          t1 = loop.create_task(party(b, "t1"))
          for i in range(3):
              await asyncio.sleep(0)
          record("two arrived, none passed", [t0.done(), t1.done()])
          t2 = loop.create_task(party(b, "t2"))
          await asyncio.gather(t0, t1, t2)
          record("again")
          await asyncio.gather(party(b, "u0"), party(b, "u1"), party(b, "u2"))

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      arrives: 't0'
      arrives: 't1'
      two arrived, none passed: [False, False]
      arrives: 't2'
      passes: ['t2', 2]
      passes: ['t0', 0]
      passes: ['t1', 1]
      again
      arrives: 'u0'
      arrives: 'u1'
      arrives: 'u2'
      passes: ['u2', 2]
      passes: ['u0', 0]
      passes: ['u1', 1]
      """

  @BARRIER-WAIT-1
  Scenario: async with a barrier binds the index
    Given the program:
      """python
      async def party(b, name):
          async with b as i:
              record("inside", [name, i])

      async def main():
          b = asyncio.Barrier(2)
          await asyncio.gather(party(b, "a"), party(b, "b"))

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      inside: ['b', 1]
      inside: ['a', 0]
      """

  @BARRIER-WAIT-1
  Scenario: parties that arrive while the barrier lets the last ones through pass together in the next cycle
    Given the program:
      """python
      async def party(b, name):
          i = await b.wait()
          record("passes", [name, i])

      async def main():
          b = asyncio.Barrier(2)
          a = loop.create_task(party(b, "a"))
          b2 = loop.create_task(party(b, "b"))
          c = loop.create_task(party(b, "c"))
          d = loop.create_task(party(b, "d"))
          await asyncio.gather(a, b2, c, d)
          record("after", [b.n_waiting, b.broken])

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      passes: ['b', 1]
      passes: ['a', 0]
      passes: ['d', 1]
      passes: ['c', 0]
      after: [0, False]
      """

  @BARRIER-WAIT-1
  Scenario: a barrier of one party lets each wait through at once with index 0
    Given the program:
      """python
      async def main():
          b = asyncio.Barrier(1)
          record("parties", b.parties)
          i = await b.wait()
          record("first", i)
          i = await b.wait()
          record("second", i)
          record("state", [b.n_waiting, b.broken])

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      parties: 1
      first: 0
      second: 0
      state: [0, False]
      """
