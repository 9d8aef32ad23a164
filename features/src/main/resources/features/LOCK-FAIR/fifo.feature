Feature: Waiters take the lock in the order they came
  The asyncio documentation of Lock.acquire: "Acquiring a lock is fair: the coroutine that proceeds
  will be the first coroutine that started waiting on the lock."

  @LOCK-FAIR-1
  Scenario: four waiters take the lock in the order they started waiting
    Given the program:
      """python
      async def waiter(lock, name):
          await lock.acquire()
          record("acquired", name)
          await asyncio.sleep(0)
          lock.release()

      async def main():
          lock = asyncio.Lock()
          await lock.acquire()
          tasks = []
          for name in ["w0", "w1", "w2", "w3"]:
              tasks = tasks + [loop.create_task(waiter(lock, name))]
          await asyncio.sleep(0)
          lock.release()
          for t in tasks:
              await t
          record("locked", lock.locked())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      acquired: 'w0'
      acquired: 'w1'
      acquired: 'w2'
      acquired: 'w3'
      locked: False
      """

  @LOCK-FAIR-1
  Scenario: an acquire right after release() waits behind the waiters, though locked() is False
    Given the program:
      """python
      async def waiter(lock, name):
          await lock.acquire()
          record("acquired", name)
          lock.release()

      async def main():
          lock = asyncio.Lock()
          await lock.acquire()
          a = loop.create_task(waiter(lock, "a"))
          b = loop.create_task(waiter(lock, "b"))
          await asyncio.sleep(0)
          lock.release()
          record("released, locked", lock.locked())
          await lock.acquire()
          record("acquired", "main")
          lock.release()
          await asyncio.gather(a, b)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      released, locked: False
      acquired: 'a'
      acquired: 'b'
      acquired: 'main'
      """
