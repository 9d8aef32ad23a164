Feature: ensure_future
  The asyncio documentation of ensure_future: "If obj is a Future, a Task, or a Future-like object [...] the
  object is returned as is. If obj is a coroutine, ensure_future() wraps it in a Task object".

  @TASK-ENSURE-1
  Scenario: a future or a task as it is, a coroutine in a new task, anything else a TypeError
    Given the program:
      """python
      async def work():
          return "ran"

      async def main():
          f = loop.create_future()
          record("a future as it is", asyncio.ensure_future(f) == f)
          t = loop.create_task(work())
          record("a task as it is", asyncio.ensure_future(t) == t)
          w = asyncio.ensure_future(work())
          record("a coroutine in a new task", [w == t, w.done()])
          r = await w
          record("its result", r)
          try:
              asyncio.ensure_future(42)
          except TypeError as e:
              record("not awaitable", e)
          f.cancel()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      a future as it is: True
      a task as it is: True
      a coroutine in a new task: [False, False]
      its result: 'ran'
      not awaitable: TypeError('An asyncio.Future, a coroutine or an awaitable is required')
      """
