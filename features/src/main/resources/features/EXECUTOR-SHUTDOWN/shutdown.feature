Feature: Shutting the default executor down
  The asyncio documentation of loop.shutdown_default_executor(): "Schedule the closure of the
  default executor and wait for it to join all of the threads in the ThreadPoolExecutor. Once this
  method has been called, using the default executor with loop.run_in_executor() will raise a
  RuntimeError."

  @EXECUTOR-SHUTDOWN-1 @threads
  Scenario: shutdown_default_executor() waits for the call it has, then refuses new ones
    Given the program:
      """python
      def slow():
          blocking_sleep(0.05)
          state = "finished"
          return "slow"

      async def main():
          fut = loop.run_in_executor(None, slow)
          await loop.shutdown_default_executor()
          record("when shutdown returns", state)
          result = await fut
          record("its result", result)
          try:
              loop.run_in_executor(None, slow)
          except RuntimeError as e:
              record("after shutdown", e)

      state = "running"
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      when shutdown returns: 'finished'
      its result: 'slow'
      after shutdown: RuntimeError('Executor shutdown has been called')
      """

  @EXECUTOR-SHUTDOWN-1 @threads
  Scenario: shutdown_default_executor() on a loop that never used one returns, and the default is refused after
    Given the program:
      """python
      def work():
          return "ran"

      async def main():
          await loop.shutdown_default_executor()
          record("shut down")
          try:
              loop.run_in_executor(None, work)
          except RuntimeError as e:
              record("after shutdown", e)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      shut down
      after shutdown: RuntimeError('Executor shutdown has been called')
      """
