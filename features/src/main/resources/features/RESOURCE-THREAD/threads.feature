Feature: What a closed loop leaves running
  The asyncio documentation of loop.close(): "This method clears all queues and shuts down the
  executor, but does not wait for the executor to finish." After every program it runs alone, the
  kit gives the threads that appeared while it ran a little time to end (the vocabulary's
  leaks.join_seconds); a thread still alive fails RESOURCE-THREAD-1. These scenarios are the
  clause's own; the check runs after the others too.

  @RESOURCE-THREAD-1 @threads
  Scenario: close() shuts the default executor down, so its threads end
    Given the program:
      """python
      def work(n):
          return n + 1

      result = loop.run_until_complete(loop.run_in_executor(None, work, 1))
      loop.close()
      record("result", result)
      """
    Then the trace is:
      """
      result: 2
      """

  @RESOURCE-THREAD-1 @threads
  Scenario: After asyncio.run() the default executor's threads end
    Given the program:
      """python
      def work(n):
          return n * 3

      async def main():
          lp = asyncio.get_running_loop()
          values = await asyncio.gather(lp.run_in_executor(None, work, 1), lp.run_in_executor(None, work, 2))
          record("values", values)

      asyncio.run(main())
      """
    Then the trace is:
      """
      values: [3, 6]
      """
