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
