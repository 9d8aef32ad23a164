Feature: Eager tasks
  The docstring of asyncio's create_eager_task_factory (3.12+): "tasks created will be started immediately (rather than being first
  scheduled to an event loop)".

  @TASK-EAGER-1
  Scenario: an eager task runs its first step inside the call as the current task and is done when the coroutine does not suspend
    Given the program:
      """python
      async def quick(n):
          record("quick runs", n)
          record("main is the current task", asyncio.current_task() is main_task)
          if n == 1:
              record("the current task is named", asyncio.current_task().get_name())
          return n

      async def fails():
          record("fails runs")
          raise ValueError("x")

      def callback():
          record("callback")

      async def main():
          loop.set_task_factory(asyncio.eager_task_factory)
          record("get_task_factory", loop.get_task_factory() is asyncio.eager_task_factory)
          loop.call_soon(callback)
          t = asyncio.eager_task_factory(loop, quick(1), name="eager")
          record("done when made", t.done())
          record("result", t.result())
          record("current task restored", asyncio.current_task() is main_task)
          record("tasks not done", len(asyncio.all_tasks()))
          t = loop.create_task(quick(2), name="through create_task")
          record("done when made", t.done())
          t = loop.create_task(fails())
          record("failed when made", t.exception())
          await asyncio.sleep(0)
          record("main resumes")

      main_task = loop.create_task(main())
      loop.run_until_complete(main_task)
      """
    Then the trace is:
      """
      get_task_factory: True
      quick runs: 1
      main is the current task: False
      the current task is named: 'eager'
      done when made: True
      result: 1
      current task restored: True
      tasks not done: 1
      quick runs: 2
      main is the current task: False
      done when made: True
      fails runs
      failed when made: ValueError('x')
      callback
      main resumes
      """

  @TASK-EAGER-2
  Scenario: an eager task that suspends is pending when made and goes on after the callbacks scheduled before it; it can be cancelled and gathered
    Given the program:
      """python
      async def slow(n):
          record("first step", n)
          await asyncio.sleep(0)
          record("second step", n)
          return n

      def callback():
          record("callback scheduled before")

      async def main():
          loop.set_task_factory(asyncio.eager_task_factory)
          loop.call_soon(callback)
          t = loop.create_task(slow(1))
          record("pending when made", t.done())
          record("tasks not done", len(asyncio.all_tasks()))
          r = await t
          record("result", r)
          record("get_coro kept", t.get_coro() is not None)
          t = loop.create_task(slow(2))
          t.cancel()
          try:
              await t
          except asyncio.CancelledError:
              record("cancelled")
          r = await asyncio.gather(slow(3), slow(4))
          record("gather", r)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      first step: 1
      pending when made: False
      tasks not done: 2
      callback scheduled before
      second step: 1
      result: 1
      get_coro kept: True
      first step: 2
      cancelled
      first step: 3
      first step: 4
      second step: 3
      second step: 4
      gather: [3, 4]
      """
