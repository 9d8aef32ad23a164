Feature: What a barrier tells
  The asyncio documentation of Barrier.n_waiting: "The number of tasks currently waiting in the
  barrier while filling."

  @BARRIER-STATE-1
  Scenario: parties, n_waiting and broken while a barrier fills and after it let its parties through
    Given the program:
      """python
      async def party(b):
          await b.wait()

      async def main():
          b = asyncio.Barrier(3)
          record("new", [b.parties, b.n_waiting, b.broken])
          t0 = loop.create_task(party(b))
          await asyncio.sleep(0)
          record("one waits", [b.parties, b.n_waiting, b.broken])
          t1 = loop.create_task(party(b))
          await asyncio.sleep(0)
          record("two wait", b.n_waiting)
          t2 = loop.create_task(party(b))
          await asyncio.sleep(0)
          record("all three arrived", b.n_waiting)
          await asyncio.gather(t0, t1, t2)
          record("passed", [b.n_waiting, b.broken])

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      new: [3, 0, False]
      one waits: [3, 1, False]
      two wait: 2
      all three arrived: 0
      passed: [0, False]
      """

  @BARRIER-STATE-1
  Scenario: a barrier of 0 or fewer parties raises ValueError
    Given the program:
      """python
      for n in [0, -1]:
          try:
              asyncio.Barrier(n)
          except ValueError as e:
              record("Barrier", [n, e])
      """
    Then the trace is:
      """
      Barrier: [0, ValueError('parties must be > 0')]
      Barrier: [-1, ValueError('parties must be > 0')]
      """

  @BARRIER-STATE-1
  Scenario: a party cancelled while it waits leaves the barrier, which stays unbroken
    Given the program:
      """python
      async def party(b, name):
          try:
              i = await b.wait()
              record("passes", [name, i])
          except asyncio.CancelledError:
              record("cancelled", name)
              raise

      async def main():
          b = asyncio.Barrier(2)
          t = loop.create_task(party(b, "a"))
          await asyncio.sleep(0)
          record("waiting", b.n_waiting)
          t.cancel()
          await asyncio.gather(t, return_exceptions=True)
          record("after the cancel", [b.n_waiting, b.broken])
          await asyncio.gather(party(b, "b"), party(b, "c"))

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      waiting: 1
      cancelled: 'a'
      after the cancel: [0, False]
      passes: ['c', 1]
      passes: ['b', 0]
      """
