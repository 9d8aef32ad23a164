Feature: Whom notify wakes
  The asyncio documentation of Condition.notify: "Wake up at most n tasks (1 by default) waiting on
  this condition."

  @COND-NOTIFY-1
  Scenario: notify() wakes the oldest waiter, notify(2) the next two, notify(5) the one left
    Given the program:
      """python
      async def waiter(cond, name):
          async with cond:
              await cond.wait()
              record("woke", name)

      async def main():
          cond = asyncio.Condition()
          tasks = []
          for name in ["w0", "w1", "w2", "w3"]:
              tasks = tasks + [loop.create_task(waiter(cond, name))]
          await asyncio.sleep(0)
          async with cond:
              cond.notify()
          await asyncio.sleep(0)
          await asyncio.sleep(0)
          record("after notify()")
          async with cond:
              cond.notify(2)
          for i in range(4):
              await asyncio.sleep(0)
          record("after notify(2)")
          async with cond:
              cond.notify(5)
          for t in tasks:
              await t

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      woke: 'w0'
      after notify()
      woke: 'w1'
      woke: 'w2'
      after notify(2)
      woke: 'w3'
      """

  @COND-NOTIFY-1
  Scenario: notify_all() wakes every waiter
    Given the program:
      """python
      async def waiter(cond, name):
          async with cond:
              await cond.wait()
              record("woke", name)

      async def main():
          cond = asyncio.Condition()
          tasks = []
          for name in ["n0", "n1", "n2"]:
              tasks = tasks + [loop.create_task(waiter(cond, name))]
          await asyncio.sleep(0)
          async with cond:
              cond.notify_all()
              record("notified all")
          for t in tasks:
              await t

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      notified all
      woke: 'n0'
      woke: 'n1'
      woke: 'n2'
      """
