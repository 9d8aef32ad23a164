Feature: Starting a program and waiting for it
  The asyncio documentation of asyncio.create_subprocess_exec(program, *args, ...): "Create a
  subprocess. ... Return a Process instance."; of Process.wait(): "Wait for the child process to
  terminate. Set and return the returncode attribute." The programs are POSIX's sh, true and
  false, looked up on PATH; no scenario writes to a stream it does not pipe.

  @PROC-EXEC-1 @subprocess
  Scenario: wait() gives the exit status, and returncode holds it
    Given the program:
      """python
      async def main():
          started = asyncio.create_subprocess_exec("sh", "-c", "exit 3")
          proc = await started
          record("pid is a positive number", proc.pid > 0)
          status = await proc.wait()
          record("wait() gives", status)
          record("returncode", proc.returncode)
          status = await proc.wait()
          record("wait() again gives", status)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      pid is a positive number: True
      wait() gives: 3
      returncode: 3
      wait() again gives: 3
      """

  @PROC-EXEC-1 @subprocess
  Scenario: true exits with 0 and false with 1
    Given the program:
      """python
      async def main():
          for program in ["true", "false"]:
              proc = await asyncio.create_subprocess_exec(program)
              status = await proc.wait()
              record(program, status)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      true: 0
      false: 1
      """

  @PROC-EXEC-1 @subprocess
  Scenario: each argument is one argument, whatever its spaces, and no shell reads it
    Given the program:
      """python
      async def main():
          proc = await asyncio.create_subprocess_exec("sh", "-c", "exit $#", "name", "a", "b c", "$HOME;")
          status = await proc.wait()
          record("arguments after the name", status)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      arguments after the name: 3
      """
