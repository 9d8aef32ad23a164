Feature: Resetting a barrier
  The asyncio documentation of Barrier.reset: "Any tasks waiting on it will receive the
  BrokenBarrierError exception."

  @BARRIER-RESET-1
  Scenario: reset() breaks the waits under way, and the next parties pass
    Given the program:
      """python
      async def party(b, name):
          try:
              i = await b.wait()
              record("passes", [name, i])
          except asyncio.BrokenBarrierError as e:
              record("broken", [name, e])

      async def main():
          b = asyncio.Barrier(3)
          r0 = loop.create_task(party(b, "r0"))
          r1 = loop.create_task(party(b, "r1"))
          await asyncio.sleep(0)
          record("waiting", b.n_waiting)
          await b.reset()
          record("reset", [b.n_waiting, b.broken])
          for i in range(3):
              await asyncio.sleep(0)
          done = [r0.done(), r1.done()]
          record("waiters done", done)
          if done == [True, True]:
              record("after the waiters left", [b.n_waiting, b.broken])
              await asyncio.gather(party(b, "s0"), party(b, "s1"), party(b, "s2"))
          r0.cancel()
          r1.cancel()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      waiting: 2
      reset: [0, False]
      broken: ['r0', BrokenBarrierError('Abort or reset of barrier')]
      broken: ['r1', BrokenBarrierError('Abort or reset of barrier')]
      waiters done: [True, True]
      after the waiters left: [0, False]
      passes: ['s2', 2]
      passes: ['s0', 0]
      passes: ['s1', 1]
      """
