Feature: A queue shut down (3.13+)
  The asyncio documentation of Queue.shutdown (3.13): "Shut down the queue, making get() and put()
  raise QueueShutDown. By default, get() on a shut down queue will only raise once the queue is
  empty. Set immediate to true to make get() raise immediately instead."

  @QUEUE-SHUTDOWN-1
  Scenario: After shutdown() puts raise QueueShutDown and gets drain the queue, then raise
    Given the program:
      """python
      async def getter(q, name):
          try:
              item = await q.get()
              record(name, item)
          except asyncio.QueueShutDown as e:
              record(name, e)

      async def main():
          q = asyncio.Queue()
          q.put_nowait("left")
          q.shutdown()
          try:
              q.put_nowait("late")
          except asyncio.QueueShutDown as e:
              record("put_nowait after shutdown", e)
          try:
              await q.put("late")
          except asyncio.QueueShutDown as e:
              record("put after shutdown", e)
          record("get drains", q.get_nowait())
          try:
              q.get_nowait()
          except asyncio.QueueShutDown as e:
              record("get_nowait once empty", e)
          await getter(q, "get once empty")

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      put_nowait after shutdown: QueueShutDown()
      put after shutdown: QueueShutDown()
      get drains: 'left'
      get_nowait once empty: QueueShutDown()
      get once empty: QueueShutDown()
      """

  @QUEUE-SHUTDOWN-1
  Scenario: shutdown() wakes a waiting getter and a waiting putter with QueueShutDown
    Given the program:
      """python
      async def getter(q, name):
          try:
              item = await q.get()
              record(name, item)
          except asyncio.QueueShutDown as e:
              record(name, e)

      async def putter(q, name):
          try:
              await q.put(name)
              record(name, "put")
          except asyncio.QueueShutDown as e:
              record(name, e)

      async def main():
          empty = asyncio.Queue()
          full = asyncio.Queue(1)
          full.put_nowait("x")
          loop.create_task(getter(empty, "waiting getter"))
          loop.create_task(putter(full, "waiting putter"))
          await asyncio.sleep(0)
          empty.shutdown()
          full.shutdown()
          await asyncio.sleep(0)
          await asyncio.sleep(0)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      waiting getter: QueueShutDown()
      waiting putter: QueueShutDown()
      """

  @QUEUE-SHUTDOWN-2
  Scenario: shutdown(immediate=True) drops the items, marks them done and wakes join()
    Given the program:
      """python
      async def joiner(q):
          await q.join()
          record("joined", q.qsize())

      async def main():
          q = asyncio.Queue()
          for item in [1, 2, 3]:
              q.put_nowait(item)
          loop.create_task(joiner(q))
          await asyncio.sleep(0)
          q.shutdown(immediate=True)
          record("empty after shutdown(immediate=True)", q.empty())
          try:
              q.get_nowait()
          except asyncio.QueueShutDown as e:
              record("get_nowait", e)
          await asyncio.sleep(0)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      empty after shutdown(immediate=True): True
      get_nowait: QueueShutDown()
      joined: 0
      """
