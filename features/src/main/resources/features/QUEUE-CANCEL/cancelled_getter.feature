Feature: A cancelled getter hands its item on
  The asyncio documentation is silent; CPython's Queue.get wakes the next getter when its task is
  cancelled after it was woken, so that the item put for it is not lost.

  @QUEUE-CANCEL-1
  Scenario: A getter cancelled after an item was put for it leaves the item to the next getter
    Given the program:
      """python
      async def getter(q, name):
          try:
              item = await q.get()
              record(name, item)
          except asyncio.CancelledError:
              record(name, "cancelled")

      async def main():
          q = asyncio.Queue()
          t1 = loop.create_task(getter(q, "g1"))
          t2 = loop.create_task(getter(q, "g2"))
          await asyncio.sleep(0)
          q.put_nowait("item")
          t1.cancel()
          await asyncio.sleep(0)
          await asyncio.sleep(0)
          record("left in the queue", q.qsize())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      g1: 'cancelled'
      g2: 'item'
      left in the queue: 0
      """
