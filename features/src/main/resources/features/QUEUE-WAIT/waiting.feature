Feature: get() and put() wait their turn
  The asyncio documentation of Queue.get: "If queue is empty, wait until an item is available.";
  of Queue.put: "If the queue is full, wait until a free slot is available before adding the
  item." CPython wakes the waiters in the order they started waiting.

  @QUEUE-WAIT-1
  Scenario: Getters waiting on an empty queue get the items in the order they started waiting
    Given the program:
      """python
      async def getter(q, name):
          item = await q.get()
          record(name, item)

      async def main():
          q = asyncio.Queue()
          for name in ["g1", "g2", "g3"]:
              loop.create_task(getter(q, name))
          await asyncio.sleep(0)
          record("getters waiting")
          for item in ["a", "b", "c"]:
              q.put_nowait(item)
          await asyncio.sleep(0)
          await asyncio.sleep(0)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      getters waiting
      g1: 'a'
      g2: 'b'
      g3: 'c'
      """

  @QUEUE-WAIT-1
  Scenario: Putters waiting on a full queue add their items in the order they started waiting
    Given the program:
      """python
      async def putter(q, item):
          await q.put(item)
          record("put", item)

      async def main():
          q = asyncio.Queue(1)
          q.put_nowait("first")
          for item in ["p1", "p2"]:
              loop.create_task(putter(q, item))
          await asyncio.sleep(0)
          record("putters waiting", q.qsize())
          record("got", q.get_nowait())
          await asyncio.sleep(0)
          record("got", q.get_nowait())
          await asyncio.sleep(0)
          record("got", q.get_nowait())
          await asyncio.sleep(0)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      putters waiting: 1
      got: 'first'
      put: 'p1'
      got: 'p1'
      put: 'p2'
      got: 'p2'
      """
