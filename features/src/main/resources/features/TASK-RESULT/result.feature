Feature: A task runs its coroutine on the loop and keeps its outcome
  The asyncio documentation of loop.create_task(coro): "Schedule the execution of coroutine
  coro. Return a Task object." and of Task.result(): "If the Task is done, the result of the
  wrapped coroutine is returned (or if the coroutine raised an exception, that exception is
  re-raised.)"

  @TASK-RESULT-1
  Scenario: A task's result is the return value of its coroutine
    Given the program:
      """python
      async def child():
          await asyncio.sleep(0)
          return {"a", "b"}

      async def main():
          t = loop.create_task(child())
          value = await t
          record("awaited", value)
          record("result()", t.result())
          record("exception()", t.exception())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      awaited: {'a', 'b'}
      result(): {'a', 'b'}
      exception(): None
      """

  @TASK-RESULT-1
  Scenario: An exception raised by the coroutine becomes the task's exception
    Given the program:
      """python
      async def child():
          await asyncio.sleep(0)
          raise ValueError("boom")

      async def main():
          t = loop.create_task(child())
          try:
              await t
          except ValueError as e:
              record("awaiter sees", e)
          record("exception()", t.exception())
          record("(done, cancelled)", (t.done(), t.cancelled()))
          try:
              t.result()
          except ValueError as e:
              record("result() raises", e)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      awaiter sees: ValueError('boom')
      exception(): ValueError('boom')
      (done, cancelled): (True, False)
      result() raises: ValueError('boom')
      """

  @TASK-RESULT-2
  Scenario: a KeyboardInterrupt from a task ends the task and leaves run_until_complete before the next ready callback; the loop runs on when run again
    Given the program:
      """python
      async def bad():
          record("bad runs")
          raise KeyboardInterrupt("stop")

      def later():
          record("later")

      async def main():
          loop.call_soon(later)
          await asyncio.sleep(0)
          record("main resumes")

      t = loop.create_task(bad())
      m = loop.create_task(main())
      try:
          loop.run_until_complete(m)
      except KeyboardInterrupt as e:
          record("from run_until_complete", e)
      record("bad done", t.done())
      record("bad exception", t.exception())
      record("main done", m.done())
      loop.run_until_complete(m)
      record("main done", m.done())
      """
    Then the trace is:
      """
      bad runs
      from run_until_complete: KeyboardInterrupt('stop')
      bad done: True
      bad exception: KeyboardInterrupt('stop')
      main done: False
      later
      main resumes
      main done: True
      """
