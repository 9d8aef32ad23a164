Feature: A process's standard streams and communicate()
  The asyncio documentation of Process.communicate(input=None): "Interact with process: send data
  to stdin (if input is not None); read data from stdout and stderr, until EOF is reached; wait
  for process to terminate. ... communicate() returns a tuple (stdout_data, stderr_data)." Before
  3.12, communicate() without input leaves a piped stdin open: these scenarios always give input
  to a program that reads it.

  @PROC-PIPE-1 @subprocess
  Scenario: the input goes in, the output comes out, and the exit status is known
    Given the program:
      """python
      async def main():
          proc = await asyncio.create_subprocess_exec("cat", stdin=PIPE, stdout=PIPE, stderr=PIPE)
          out = await proc.communicate(b"hello")
          record("communicate() gives", out)
          record("returncode", proc.returncode)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      communicate() gives: (b"hello", b"")
      returncode: 0
      """

  @PROC-PIPE-1 @subprocess
  Scenario: stdout and stderr apart; a stream that is not PIPE gives None
    Given the program:
      """python
      async def main():
          script = "echo out; echo err >&2; exit 4"
          proc = await asyncio.create_subprocess_exec("sh", "-c", script, stdout=PIPE, stderr=PIPE)
          out = await proc.communicate()
          record("both piped", out)
          record("returncode", proc.returncode)
          proc = await asyncio.create_subprocess_exec("sh", "-c", script, stdout=PIPE, stderr=DEVNULL)
          out = await proc.communicate()
          record("stderr to DEVNULL", out)
          proc = await asyncio.create_subprocess_exec("sh", "-c", script, stdout=DEVNULL, stderr=PIPE)
          out = await proc.communicate()
          record("stdout to DEVNULL", out)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      both piped: (b"out\n", b"err\n")
      returncode: 4
      stderr to DEVNULL: (b"out\n", None)
      stdout to DEVNULL: (None, b"err\n")
      """

  @PROC-PIPE-1 @subprocess
  Scenario: more than a pipe's buffer goes through, in order: writing and reading go on together
    Given the program:
      """python
      async def main():
          data = b"0123456789abcdef" * 20000
          proc = await asyncio.create_subprocess_exec("cat", stdin=PIPE, stdout=PIPE)
          out = await proc.communicate(data)
          record("bytes back", len(out[0]))
          record("the same bytes", out[0] == data)
          record("stderr", out[1])

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      bytes back: 320000
      the same bytes: True
      stderr: None
      """

  @PROC-PIPE-1 @subprocess
  Scenario: a second piped process, once the first has ended, gives its output too
    Given the program:
      """python
      async def main():
          for word in ["first", "second", "third"]:
              proc = await asyncio.create_subprocess_exec("sh", "-c", "echo " + word, stdout=PIPE)
              out = await proc.communicate()
              record(word, out)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      first: (b"first\n", None)
      second: (b"second\n", None)
      third: (b"third\n", None)
      """
