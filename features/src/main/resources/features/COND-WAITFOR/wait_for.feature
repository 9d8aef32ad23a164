Feature: wait_for waits for a predicate
  The asyncio documentation of Condition.wait_for: "Wait until a predicate becomes true. [...] The
  final value is the return value."

  @COND-WAITFOR-1
  Scenario: wait_for returns a true predicate at once, else checks it after each notify
    Given the program:
      """python
      def ready():
          return "yes"

      def enough():
          record("predicate checked", count)
          if count >= 2:
              return count
          return 0

      async def waiter(cond):
          async with cond:
              r = await cond.wait_for(enough)
              record("wait_for returned", r)

      async def main():
          cond = asyncio.Condition()
          async with cond:
              r = await cond.wait_for(ready)
              record("true at once", r)
          t = loop.create_task(waiter(cond))
          await asyncio.sleep(0)
          for i in range(3):
              async with cond:
                  count = count + 1
                  record("notify at", count)
                  cond.notify()
              await asyncio.sleep(0)
              await asyncio.sleep(0)
          await t

      count = 0
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      true at once: 'yes'
      predicate checked: 0
      notify at: 1
      predicate checked: 1
      notify at: 2
      predicate checked: 2
      wait_for returned: 2
      notify at: 3
      """

  @COND-WAITFOR-1
  Scenario: a task cancelled in wait_for while another holds the lock raises CancelledError once it holds the lock again, and stops checking the predicate
    Given the program:
      """python
      def filled():
          record("predicate checked", box)
          return box

      async def waiter(c):
          async with c:
              try:
                  await c.wait_for(filled)
              except asyncio.CancelledError:
                  record("cancelled, holding the lock", c.locked())
                  raise

      async def main():
          c = asyncio.Condition()
          t = loop.create_task(waiter(c))
          await asyncio.sleep(0)
          async with c:
              t.cancel()
              await asyncio.sleep(0)
              record("cancelled while the lock is held", t.done())
          await asyncio.gather(t, return_exceptions=True)
          record("after", [t.cancelled(), c.locked()])
          async with c:
              box = 1
              c.notify_all()
          await asyncio.sleep(0)
          record("done", c.locked())

      box = 0
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      predicate checked: 0
      cancelled while the lock is held: False
      cancelled, holding the lock: True
      after: [True, False]
      done: False
      """
