Feature: acquire() takes an unlocked lock at once; a held lock makes every acquire wait
  The asyncio documentation of Lock.acquire: "When the lock is locked, acquire() blocks until
  release() is called and the lock is unlocked."

  @LOCK-ACQUIRE-1
  Scenario: acquire() on a new lock returns True and locks it; release() unlocks it
    Given the program:
      """python
      async def main():
          lock = asyncio.Lock()
          record("new lock locked", lock.locked())
          r = await lock.acquire()
          record("acquire returned", r)
          record("locked", lock.locked())
          lock.release()
          record("released, locked", lock.locked())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      new lock locked: False
      acquire returned: True
      locked: True
      released, locked: False
      """

  @LOCK-ACQUIRE-1
  Scenario: a second acquire from another task waits until the lock is released
    Given the program:
      """python
      async def again(lock):
          record("second acquire starts")
          await lock.acquire()
          record("second acquire returned")

      async def main():
          lock = asyncio.Lock()
          await lock.acquire()
          t = loop.create_task(again(lock))
          for i in range(3):
              await asyncio.sleep(0)
          record("still waiting", not t.done())
          lock.release()
          record("released")
          await t
          record("locked", lock.locked())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      second acquire starts
      still waiting: True
      released
      second acquire returned
      locked: True
      """

  @LOCK-ACQUIRE-1
  Scenario: the task that holds the lock waits too: the lock is not re-entrant
    Given the program:
      """python
      async def holder(lock):
          await lock.acquire()
          record("holder acquired")
          await lock.acquire()
          record("holder acquired again")
          lock.release()

      async def main():
          lock = asyncio.Lock()
          t = loop.create_task(holder(lock))
          for i in range(3):
              await asyncio.sleep(0)
          record("holder still waits", not t.done())
          lock.release()
          record("released by main")
          await t
          record("locked", lock.locked())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      holder acquired
      holder still waits: True
      released by main
      holder acquired again
      locked: False
      """
