Feature: all_tasks
  The asyncio documentation of all_tasks: "Return a set of not yet finished Task objects run by the loop."

  @TASK-ALL-1
  Scenario: all_tasks() counts the tasks not done, the current one included, and refuses without a running loop
    Given the program:
      """python
      async def short():
          await asyncio.sleep(0)

      async def long(f):
          await f

      async def main():
          f = loop.create_future()
          a = loop.create_task(short())
          b = loop.create_task(long(f))
          record("the current task and two pending ones", len(asyncio.all_tasks()))
          await a
          record("a done task is not among them", len(asyncio.all_tasks()))
          f.set_result(None)
          await b
          record("only the current one", len(asyncio.all_tasks()))

      try:
          asyncio.all_tasks()
      except RuntimeError as e:
          record("outside a running loop", e)
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      outside a running loop: RuntimeError('no running event loop')
      the current task and two pending ones: 3
      a done task is not among them: 2
      only the current one: 1
      """
