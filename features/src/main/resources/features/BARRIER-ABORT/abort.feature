Feature: Aborting a barrier
  The asyncio documentation of Barrier.abort: "This causes any active or future calls to wait() to
  fail with the BrokenBarrierError."

  @BARRIER-ABORT-1
  Scenario: abort() breaks the wait under way and later ones, until reset()
    Given the program:
      """python
      async def party(b, name):
          try:
              i = await b.wait()
              record("passes", [name, i])
          except asyncio.BrokenBarrierError as e:
              record("broken", [name, e])

      async def main():
          b = asyncio.Barrier(2)
          a0 = loop.create_task(party(b, "a0"))
          await asyncio.sleep(0)
          await b.abort()
          record("aborted", [b.broken, b.n_waiting])
          await a0
          await party(b, "late")
          await b.reset()
          record("reset", b.broken)
          await asyncio.gather(party(b, "x"), party(b, "y"))

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      aborted: [True, 0]
      broken: ['a0', BrokenBarrierError('Abort or reset of barrier')]
      broken: ['late', BrokenBarrierError('Barrier aborted')]
      reset: False
      passes: ['y', 1]
      passes: ['x', 0]
      """
