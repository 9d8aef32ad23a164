Feature: Signalling a process
  The asyncio documentation of Process.returncode: "A negative value -N indicates that the child
  was terminated by signal N (POSIX only)."; of terminate(): "On POSIX systems this method sends
  SIGTERM to the child process."; of kill(): "On POSIX systems this method sends SIGKILL to the
  child process." Each scenario's program would sleep for a minute if the signal did not end it:
  the program's budget ends it first.

  @PROC-SIGNAL-1 @subprocess
  Scenario: terminate() sends SIGTERM, and the exit status is -15
    Given the program:
      """python
      async def main():
          proc = await asyncio.create_subprocess_exec("sleep", "60")
          proc.terminate()
          status = await proc.wait()
          record("wait() gives", status)
          record("returncode", proc.returncode)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      wait() gives: -15
      returncode: -15
      """

  @PROC-SIGNAL-1 @subprocess
  Scenario: kill() sends SIGKILL, and the exit status is -9
    Given the program:
      """python
      async def main():
          proc = await asyncio.create_subprocess_exec("sleep", "60")
          proc.kill()
          status = await proc.wait()
          record("wait() gives", status)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      wait() gives: -9
      """

  @PROC-SIGNAL-1 @subprocess
  Scenario: send_signal(N) sends N, and the exit status is -N
    Given the program:
      """python
      async def main():
          signals = {"SIGUSR1": SIGUSR1, "SIGTERM": SIGTERM}
          for name in ["SIGUSR1", "SIGTERM"]:
              proc = await asyncio.create_subprocess_exec("sleep", "60")
              proc.send_signal(signals[name])
              status = await proc.wait()
              record(name, status)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      SIGUSR1: -10
      SIGTERM: -15
      """
