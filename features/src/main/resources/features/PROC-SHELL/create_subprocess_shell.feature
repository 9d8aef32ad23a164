Feature: Running a shell command
  The asyncio documentation of asyncio.create_subprocess_shell(cmd, ...): "Run the cmd shell
  command. ... Return a Process instance."; on POSIX the shell is /bin/sh.

  @PROC-SHELL-1 @subprocess
  Scenario: the shell's syntax works, and its exit status is the process's
    Given the program:
      """python
      async def main():
          proc = await asyncio.create_subprocess_shell("x=5; exit $((x + 2))")
          status = await proc.wait()
          record("exit status", status)
          record("returncode", proc.returncode)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      exit status: 7
      returncode: 7
      """

  @PROC-SHELL-1 @subprocess
  Scenario: the command's output, through a pipe
    Given the program:
      """python
      async def main():
          proc = await asyncio.create_subprocess_shell("echo one   two; echo three", stdout=PIPE)
          out = await proc.communicate()
          record("communicate() gives", out)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      communicate() gives: (b"one two\nthree\n", None)
      """
