Feature: Running a function in an executor
  The asyncio documentation of loop.run_in_executor(): "Arrange for func to be called in the
  specified executor. [...] This method returns a asyncio.Future object."

  @EXECUTOR-RUN-1 @threads
  Scenario: The function runs on another thread while the loop goes on, and its value comes back
    The function waits, up to 2 s, until the loop has gone round: on the loop's own thread it would
    wait in vain, since the loop cannot go round while it runs.

    Given the program:
      """python
      def work(n, seen):
          for i in range(1000):
              if seen["loop went round"]:
                  return n * 2
              blocking_sleep(0.002)
          return "the loop did not go round in the 2 s the function waited"

      async def main():
          seen = {"loop went round": False}
          fut = loop.run_in_executor(None, work, 21, seen)
          record("done at once", fut.done())
          await asyncio.sleep(0.001)
          seen["loop went round"] = True
          result = await fut
          record("result", result)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      done at once: False
      result: 42
      """

  @EXECUTOR-RUN-1 @threads
  Scenario: An exception the function raises comes back through the future
    Given the program:
      """python
      def fail(text):
          raise ValueError(text)

      async def main():
          try:
              await loop.run_in_executor(None, fail, "in the executor")
          except ValueError as e:
              record("raised", e)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      raised: ValueError('in the executor')
      """

  @EXECUTOR-RUN-1 @threads
  Scenario: run_in_executor on a closed loop raises RuntimeError
    Given the program:
      """python
      def work():
          return "ran"

      loop.close()
      try:
          loop.run_in_executor(None, work)
      except RuntimeError as e:
          record("closed", e)
      """
    Then the trace is:
      """
      closed: RuntimeError('Event loop is closed')
      """
