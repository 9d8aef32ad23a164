Feature: the context of a task
  The asyncio documentation of Task: "When a Task is created it copies the current context and later
  runs its coroutine in the copied context."

  @CTX-TASK-1
  Scenario: a task sees the variables as they were when it was created, keeps its own changes, and leaves the creator's alone
    Given the program:
      """python
      async def child(label):
          record(label + " starts", var.get())
          var.set(label)
          await asyncio.sleep(0)
          record(label + " after a step", var.get())
          return var.get()

      async def main():
          var.set("main 1")
          t = loop.create_task(child("t"))
          u = asyncio.ensure_future(child("u"))
          var.set("main 2")
          r = await asyncio.gather(t, u)
          record("results", r)
          record("main after the tasks", var.get())

      var = ContextVar("var", default="unset")
      loop.run_until_complete(main())
      record("outside", var.get())
      """
    Then the trace is:
      """
      t starts: 'main 1'
      u starts: 'main 1'
      t after a step: 't'
      u after a step: 'u'
      results: ['t', 'u']
      main after the tasks: 'main 2'
      outside: 'unset'
      """

  @CTX-TASK-2
  Scenario: a task given context= sees and changes that context
    Given the program:
      """python
      async def child(label):
          record(label + " starts", var.get())
          var.set(label)
          await asyncio.sleep(0)
          record(label + " after a step", var.get())

      async def main():
          var.set("main")
          ctx = copy_context()
          var.set("main after the copy")
          t = loop.create_task(child("t"), context=ctx)
          await t
          record("the context holds", ctx.get(var))
          other = copy_context()
          u = asyncio.create_task(child("u"), context=other)
          await u
          record("the other context holds", other.get(var))
          record("main sees", var.get())

      var = ContextVar("var", default="unset")
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      t starts: 'main'
      t after a step: 't'
      the context holds: 't'
      u starts: 'main after the copy'
      u after a step: 'u'
      the other context holds: 'u'
      main sees: 'main after the copy'
      """
