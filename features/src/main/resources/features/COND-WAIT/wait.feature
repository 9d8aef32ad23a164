Feature: wait() returns holding the lock
  The asyncio documentation of Condition.wait: "Once awakened, the Condition re-acquires its lock and
  this method returns True."

  @COND-WAIT-1
  Scenario: woken waiters return True one at a time, each holding the lock, after the notifier releases it
    Given the program:
      """python
      async def waiter(cond, name):
          async with cond:
              r = await cond.wait()
              record("returned", [name, r, cond.locked()])
              await asyncio.sleep(0)
              record("leaves", name)

      async def main():
          cond = asyncio.Condition()
          a = loop.create_task(waiter(cond, "a"))
          b = loop.create_task(waiter(cond, "b"))
          await asyncio.sleep(0)
          record("waiting, locked", cond.locked())
          async with cond:
              cond.notify_all()
              await asyncio.sleep(0)
              record("main still holds the lock")
          await asyncio.gather(a, b)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      waiting, locked: False
      main still holds the lock
      returned: ['a', True, True]
      leaves: 'a'
      returned: ['b', True, True]
      leaves: 'b'
      """

  @COND-WAIT-1
  Scenario: a cancelled waiter takes the shared lock again before CancelledError leaves wait()
    Given the program:
      """python
      async def waiter(cond):
          async with cond:
              try:
                  await cond.wait()
              except asyncio.CancelledError:
                  record("cancelled, holds the lock", cond.locked())
                  raise

      async def main():
          lock = asyncio.Lock()
          cond = asyncio.Condition(lock)
          t = loop.create_task(waiter(cond))
          await asyncio.sleep(0)
          await lock.acquire()
          record("main holds the shared lock", cond.locked())
          t.cancel()
          await asyncio.sleep(0)
          await asyncio.sleep(0)
          record("waiter done while main holds the lock", t.done())
          lock.release()
          try:
              await t
          except asyncio.CancelledError:
              record("waiter cancelled; locked", lock.locked())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      main holds the shared lock: True
      waiter done while main holds the lock: False
      cancelled, holds the lock: True
      waiter cancelled; locked: False
      """

  @COND-WAIT-1
  Scenario: a notified waiter cancelled while it takes the lock again goes on waiting for the lock, then raises CancelledError holding it
    Given the program:
      """python
      async def waiter(c):
          async with c:
              try:
                  r = await c.wait()
                  record("woken", r)
              except asyncio.CancelledError:
                  record("cancelled, holding the lock", c.locked())
                  raise

      async def main():
          c = asyncio.Condition()
          t = loop.create_task(waiter(c))
          await asyncio.sleep(0)
          async with c:
              c.notify()
              await asyncio.sleep(0)
              t.cancel()
              await asyncio.sleep(0)
              record("cancelled while it takes the lock again", t.done())
          await asyncio.gather(t, return_exceptions=True)
          record("after", [t.cancelled(), c.locked()])

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      cancelled while it takes the lock again: False
      cancelled, holding the lock: True
      after: [True, False]
      """
