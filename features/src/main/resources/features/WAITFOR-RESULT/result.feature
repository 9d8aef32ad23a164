Feature: What wait_for returns
  The asyncio documentation of wait_for: "Wait for the aw awaitable to complete with a timeout. [...] If
  timeout is None, block until the future completes."

  @WAITFOR-RESULT-1
  Scenario: wait_for returns the result of a coroutine, a task and a future, with and without a timeout
    Given the program:
      """python
      async def work(x):
          await asyncio.sleep(0)
          return x * 2

      async def main():
          r = await asyncio.wait_for(work(21), 10)
          record("a coroutine's result", r)
          r = await asyncio.wait_for(work(5), None)
          record("no timeout", r)
          t = loop.create_task(work(4))
          r = await asyncio.wait_for(t, 10)
          record("a task's result", [r, t.done()])
          f = loop.create_future()
          loop.call_later(0.01, f.set_result, "later")
          r = await asyncio.wait_for(f, None)
          record("a future's result", r)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      a coroutine's result: 42
      no timeout: 10
      a task's result: [8, True]
      a future's result: 'later'
      """
