Feature: A cancelled waiter does not take the lock, and no wake-up is lost
  CPython's Lock.acquire wakes the next waiter when a woken waiter is cancelled.

  @LOCK-CANCEL-1
  Scenario: a waiter cancelled while it waits drops out; the others get the lock in turn
    Given the program:
      """python
      async def waiter(lock, name):
          try:
              await lock.acquire()
          except asyncio.CancelledError:
              record("cancelled", name)
              raise
          record("acquired", name)
          lock.release()

      async def main():
          lock = asyncio.Lock()
          await lock.acquire()
          a = loop.create_task(waiter(lock, "a"))
          b = loop.create_task(waiter(lock, "b"))
          c = loop.create_task(waiter(lock, "c"))
          await asyncio.sleep(0)
          b.cancel()
          await asyncio.sleep(0)
          record("locked after the cancel", lock.locked())
          lock.release()
          await asyncio.gather(a, b, c, return_exceptions=True)
          record("locked", lock.locked())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      cancelled: 'b'
      locked after the cancel: True
      acquired: 'a'
      acquired: 'c'
      locked: False
      """

  @LOCK-CANCEL-1
  Scenario: a waiter cancelled after release() woke it hands the lock to the next waiter
    Given the program:
      """python
      async def waiter(lock, name):
          try:
              await lock.acquire()
          except asyncio.CancelledError:
              record("cancelled", [name, lock.locked()])
              raise
          record("acquired", name)
          lock.release()

      async def main():
          lock = asyncio.Lock()
          await lock.acquire()
          a = loop.create_task(waiter(lock, "a"))
          b = loop.create_task(waiter(lock, "b"))
          c = loop.create_task(waiter(lock, "c"))
          await asyncio.sleep(0)
          lock.release()
          a.cancel()
          record("released and cancelled a")
          await asyncio.gather(a, b, c, return_exceptions=True)
          record("locked", lock.locked())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      released and cancelled a
      cancelled: ['a', False]
      acquired: 'b'
      acquired: 'c'
      locked: False
      """
