Feature: Cancelling a wait for a process
  The asyncio documentation of Task.cancel(): "This arranges for a CancelledError exception to be
  thrown into the wrapped coroutine". Cancelling a task that waits for a process ends the wait,
  not the process: a later wait() still gives its exit status.

  @PROC-CANCEL-1 @subprocess
  Scenario: cancelling wait() and communicate() raises CancelledError, and the processes go on until killed
    Given the program:
      """python
      async def main():
          proc = await asyncio.create_subprocess_exec("sleep", "60")
          waiting = asyncio.create_task(proc.wait())
          await asyncio.sleep(0)
          waiting.cancel()
          try:
              await waiting
          except asyncio.CancelledError:
              record("wait() cancelled")
          record("still running", proc.returncode)
          other = await asyncio.create_subprocess_exec("sleep", "60", stdout=PIPE)
          talking = asyncio.create_task(other.communicate())
          await asyncio.sleep(0)
          talking.cancel()
          try:
              await talking
          except asyncio.CancelledError:
              record("communicate() cancelled")
          record("still running", other.returncode)
          proc.kill()
          other.kill()
          status = await proc.wait()
          record("then killed", status)
          status = await other.wait()
          record("then killed", status)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      wait() cancelled
      still running: None
      communicate() cancelled
      still running: None
      then killed: -9
      then killed: -9
      """
