Feature: A task group waits for its tasks
  The asyncio documentation of TaskGroup: "The async with statement will wait for all tasks in the group
  to finish. While waiting, new tasks may still be added to the group".

  @TASKGROUP-WAIT-1
  Scenario: the block is left once every task is done, also one a task added while the block waited
    Given the program:
      """python
      async def child(name, n, tg):
          for i in range(n):
              await asyncio.sleep(0)
          record("child done", name)
          if name == "a":
              tg.create_task(child("a2", 2, tg))
          return name

      async def main():
          async with asyncio.TaskGroup() as tg:
              t1 = tg.create_task(child("a", 1, tg))
              t2 = tg.create_task(child("b", 3, tg), name="bee")
              record("body ends", [t1.done(), t2.get_name()])
          record("after the block", [t1.result(), t2.result()])

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      body ends: [False, 'bee']
      child done: 'a'
      child done: 'b'
      child done: 'a2'
      after the block: ['a', 'b']
      """
