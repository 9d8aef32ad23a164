Feature: join() waits for every item to be marked done
  The asyncio documentation of Queue.join: "When the count of unfinished tasks drops to zero,
  join() unblocks."; of Queue.task_done: "Raises ValueError if called more times than there were
  items placed in the queue."

  @QUEUE-JOIN-1
  Scenario: join() returns at once with nothing put, and after a worker marked every item done
    Given the program:
      """python
      async def worker(q):
          while True:
              item = await q.get()
              record("processed", item)
              q.task_done()

      async def main():
          q = asyncio.Queue()
          await q.join()
          record("join with nothing put returns")
          for item in [1, 2, 3]:
              q.put_nowait(item)
          w = loop.create_task(worker(q))
          await q.join()
          record("joined", q.qsize())
          w.cancel()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      join with nothing put returns
      processed: 1
      processed: 2
      processed: 3
      joined: 0
      """

  @QUEUE-JOIN-1
  Scenario: join() waits for the last task_done(), not for the queue to be empty
    Given the program:
      """python
      async def joiner(q):
          await q.join()
          record("joined")

      async def main():
          q = asyncio.Queue()
          q.put_nowait("a")
          q.put_nowait("b")
          loop.create_task(joiner(q))
          q.get_nowait()
          q.get_nowait()
          record("both taken")
          await asyncio.sleep(0)
          q.task_done()
          record("one done")
          await asyncio.sleep(0)
          q.task_done()
          record("two done")
          await asyncio.sleep(0)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      both taken
      one done
      two done
      joined
      """

  @QUEUE-JOIN-2
  Scenario: task_done() once more than the items put raises ValueError
    Given the program:
      """python
      q = asyncio.Queue()
      try:
          q.task_done()
      except ValueError as e:
          record("task_done with nothing put", e)
      q.put_nowait(1)
      q.get_nowait()
      q.task_done()
      try:
          q.task_done()
      except ValueError as e:
          record("one more than put", e)
      """
    Then the trace is:
      """
      task_done with nothing put: ValueError('task_done() called too many times')
      one more than put: ValueError('task_done() called too many times')
      """
