Feature: What a task cannot await
  A future belongs to the loop that created it; a task runs on its own loop and cannot wait for
  itself. asyncio raises RuntimeError into the coroutine at such an await.

  @TASK-AWAIT-1
  Scenario: Awaiting a future of another loop raises RuntimeError in the task
    Given the program:
      """python
      async def main():
          try:
              await other_future
          except RuntimeError:
              record("RuntimeError at the await")
          record("the task went on")

      other = new_event_loop()
      other_future = other.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      RuntimeError at the await
      the task went on
      """

  @TASK-AWAIT-1
  Scenario: A task awaiting itself gets RuntimeError at that await
    Given the program:
      """python
      async def main():
          me = asyncio.current_task()
          try:
              await me
          except RuntimeError:
              record("RuntimeError at the await")
          return "done"

      record("result", loop.run_until_complete(main()))
      """
    Then the trace is:
      """
      RuntimeError at the await
      result: 'done'
      """

  @TASK-AWAIT-2
  Scenario: the coroutines of sleep, Lock.acquire, Queue.get, Event.wait, wait_for and wait raise RuntimeError when awaited again, and a task of one fails with it
    Given the program:
      """python
      async def again(what, c):
          try:
              await c
              record(what, "awaited twice")
          except RuntimeError as e:
              record(what, e)

      async def main():
          c = asyncio.sleep(0)
          await c
          await again("sleep", c)
          lock = asyncio.Lock()
          c = lock.acquire()
          await c
          await again("Lock.acquire", c)
          q = asyncio.Queue()
          q.put_nowait(1)
          c = q.get()
          await c
          await again("Queue.get", c)
          e = asyncio.Event()
          e.set()
          c = e.wait()
          await c
          await again("Event.wait", c)
          f = loop.create_future()
          f.set_result(1)
          c = asyncio.wait_for(f, 1)
          await c
          await again("wait_for", c)
          c = asyncio.wait([f])
          await c
          await again("wait", c)
          t = loop.create_task(c)
          try:
              await t
          except RuntimeError as e:
              record("a task of it", e)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      sleep: RuntimeError('cannot reuse already awaited coroutine')
      Lock.acquire: RuntimeError('cannot reuse already awaited coroutine')
      Queue.get: RuntimeError('cannot reuse already awaited coroutine')
      Event.wait: RuntimeError('cannot reuse already awaited coroutine')
      wait_for: RuntimeError('cannot reuse already awaited coroutine')
      wait: RuntimeError('cannot reuse already awaited coroutine')
      a task of it: RuntimeError('cannot reuse already awaited coroutine')
      """
