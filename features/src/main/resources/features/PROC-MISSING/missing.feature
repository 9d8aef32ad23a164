Feature: Starting a program that does not exist
  The subprocess documentation: "The most common exception raised is OSError. This occurs, for
  example, when trying to execute a non-existent file." asyncio raises it from the coroutine, as
  the system reports it: FileNotFoundError, naming the file.

  @PROC-MISSING-1 @subprocess
  Scenario: a missing program raises FileNotFoundError, whose message names it
    Given the program:
      """python
      async def main():
          started = asyncio.create_subprocess_exec("/nonexistent/program")
          record("the call gives a coroutine, which has not started anything")
          try:
              await started
              record("started")
          except FileNotFoundError as e:
              record("FileNotFoundError", str(e))

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the call gives a coroutine, which has not started anything
      FileNotFoundError: "[Errno 2] No such file or directory: '/nonexistent/program'"
      """
