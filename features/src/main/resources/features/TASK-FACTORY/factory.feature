Feature: Task factories
  The asyncio documentation of loop.set_task_factory: "Set a task factory that will be used by loop.create_task()."

  @TASK-FACTORY-1
  Scenario: create_task and asyncio.create_task call the factory with the loop and the coroutine and return its task; None restores the default
    Given the program:
      """python
      def factory(lp, coro, name=None, context=None):
          record("factory gets the loop", lp is loop)
          record("factory gets the coroutine", coro is c)
          made = asyncio.Task(coro, loop=lp)
          return made

      async def work(n):
          record("work runs", n)
          return n

      async def main():
          record("no factory at first", loop.get_task_factory())
          loop.set_task_factory(factory)
          record("get_task_factory", loop.get_task_factory() is factory)
          c = work(1)
          t = loop.create_task(c)
          record("create_task returns the factory's task", t is made)
          c = work(2)
          t2 = asyncio.create_task(c)
          record("asyncio.create_task too", t2 is made)
          r = await t
          r2 = await t2
          record("results", [r, r2])
          loop.set_task_factory(None)
          record("factory after None", loop.get_task_factory())
          t3 = loop.create_task(work(3))
          record("the default again", t3 is made)
          r3 = await t3
          record("result", r3)

      made = None
      c = None
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      no factory at first: None
      get_task_factory: True
      factory gets the loop: True
      factory gets the coroutine: True
      create_task returns the factory's task: True
      factory gets the loop: True
      factory gets the coroutine: True
      asyncio.create_task too: True
      work runs: 1
      work runs: 2
      results: [1, 2]
      factory after None: None
      the default again: False
      work runs: 3
      result: 3
      """

  @TASK-FACTORY-2
  Scenario: a name given to create_task names the factory's task before it runs
    Given the program:
      """python
      def factory(lp, coro, name=None, context=None):
          record("factory called")
          return asyncio.Task(coro, loop=lp, name=name)

      async def work():
          record("runs as", asyncio.current_task().get_name())

      async def main():
          loop.set_task_factory(factory)
          t = loop.create_task(work(), name="given")
          record("name", t.get_name())
          await t
          t = asyncio.create_task(work(), name="given again")
          record("name", t.get_name())
          await t

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      factory called
      name: 'given'
      runs as: 'given'
      factory called
      name: 'given again'
      runs as: 'given again'
      """

  @TASK-FACTORY-1
  Scenario: create_task on a closed loop raises without calling the factory; the coroutine is left to run elsewhere
    Given the program:
      """python
      def factory(lp, coro, name=None, context=None):
          record("factory called")
          return asyncio.Task(coro, loop=lp, name=name)

      async def work():
          record("work runs")

      other = new_event_loop()
      other.set_task_factory(factory)
      other.close()
      c = work()
      try:
          other.create_task(c)
      except RuntimeError as e:
          record("create_task on the closed loop", e)
      loop.run_until_complete(c)
      """
    Then the trace is:
      """
      create_task on the closed loop: RuntimeError('Event loop is closed')
      work runs
      """
