Feature: Running a function in an executor
  The asyncio documentation of loop.run_in_executor(): "Arrange for func to be called in the
  specified executor. [...] This method returns a asyncio.Future object."

  @EXECUTOR-RUN-1 @threads
  Scenario: The function runs on another thread while the loop goes on, and its value comes back
    Given the program:
      """python
      def work(n):
          blocking_sleep(0.05)
          return n * 2

      async def main():
          fut = loop.run_in_executor(None, work, 21)
          record("done at once", fut.done())
          turns = 0
          while not fut.done():
              await asyncio.sleep(0.001)
              turns = turns + 1
          record("the loop went round while it worked", turns > 1)
          result = await fut
          record("result", result)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      done at once: False
      the loop went round while it worked: True
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
