Feature: Semaphore waiters take their turn
  CPython's Semaphore keeps its waiters in a FIFO and hands a cancelled waiter's turn on.

  @SEM-FAIR-1
  Scenario: four waiters acquire in the order they started waiting
    Given the program:
      """python
      async def waiter(sem, name):
          await sem.acquire()
          record("acquired", name)
          await asyncio.sleep(0)
          sem.release()

      async def main():
          sem = asyncio.Semaphore(0)
          tasks = []
          for name in ["w0", "w1", "w2", "w3"]:
              tasks = tasks + [loop.create_task(waiter(sem, name))]
          await asyncio.sleep(0)
          sem.release()
          for t in tasks:
              await t

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      acquired: 'w0'
      acquired: 'w1'
      acquired: 'w2'
      acquired: 'w3'
      """

  @SEM-FAIR-1
  Scenario: an acquire while woken waiters have not run waits behind them, though the counter is above zero
    Given the program:
      """python
      async def waiter(sem, name):
          await sem.acquire()
          record("acquired", name)

      async def main():
          sem = asyncio.Semaphore(0)
          a = loop.create_task(waiter(sem, "a"))
          b = loop.create_task(waiter(sem, "b"))
          await asyncio.sleep(0)
          sem.release()
          sem.release()
          sem.release()
          record("released three times, locked", sem.locked())
          await sem.acquire()
          record("acquired", "main")
          await asyncio.gather(a, b)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      released three times, locked: True
      acquired: 'a'
      acquired: 'b'
      acquired: 'main'
      """

  @SEM-FAIR-2
  Scenario: a waiter cancelled after release() woke it hands its turn to the next waiter
    Given the program:
      """python
      async def waiter(sem, name):
          try:
              await sem.acquire()
          except asyncio.CancelledError:
              record("cancelled", name)
              raise
          record("acquired", name)
          await asyncio.sleep(0)
          sem.release()

      async def main():
          sem = asyncio.Semaphore(0)
          a = loop.create_task(waiter(sem, "a"))
          b = loop.create_task(waiter(sem, "b"))
          c = loop.create_task(waiter(sem, "c"))
          await asyncio.sleep(0)
          sem.release()
          a.cancel()
          record("released and cancelled a")
          await asyncio.gather(a, b, c, return_exceptions=True)
          record("locked", sem.locked())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      released and cancelled a
      cancelled: 'a'
      acquired: 'b'
      acquired: 'c'
      locked: False
      """
