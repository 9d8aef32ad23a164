Feature: A task's exception that nobody retrieved is reported when the task goes
  The asyncio documentation, "Detect never-retrieved exceptions": "If a Future.set_exception() is
  called but the Future object is never awaited on, the exception would never be propagated to the
  user code. In this case, asyncio would emit a log message when the Future object is garbage
  collected." The message is "Task exception was never retrieved", through the loop's exception
  handler.

  @TASK-UNRETRIEVED-1 @refcounting
  Scenario: when the program drops its last reference to a task whose exception nobody retrieved, the exception handler gets "Task exception was never retrieved"
    Given the program:
      """python
      def handler(loop, context):
          record("the handler's message", context["message"])
          record("its exception", context["exception"])

      async def fail():
          raise ValueError("nobody asks")

      async def main():
          loop.set_exception_handler(handler)
          task = asyncio.create_task(fail())
          await asyncio.sleep(0)
          record("the task failed", task.done())
          task = None
          record("after the program dropped its last reference to the task")

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the task failed: True
      the handler's message: 'Task exception was never retrieved'
      its exception: ValueError('nobody asks')
      after the program dropped its last reference to the task
      """
