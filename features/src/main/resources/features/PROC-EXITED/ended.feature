Feature: Signalling a process that has ended
  asyncio's subprocess transport refuses to signal a process it has seen end and waited for
  (ProcessLookupError), so that a signal never reaches another process that got its number.

  @PROC-EXITED-1 @subprocess
  Scenario: send_signal, terminate and kill raise ProcessLookupError once wait() has returned
    Given the program:
      """python
      async def main():
          proc = await asyncio.create_subprocess_exec("true")
          status = await proc.wait()
          record("wait() gives", status)
          for what in ["send_signal", "terminate", "kill"]:
              try:
                  if what == "send_signal":
                      proc.send_signal(SIGTERM)
                  elif what == "terminate":
                      proc.terminate()
                  else:
                      proc.kill()
                  record(what, "sent")
              except ProcessLookupError as e:
                  record(what + " raises ProcessLookupError", str(e))
          record("returncode", proc.returncode)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      wait() gives: 0
      send_signal raises ProcessLookupError: ""
      terminate raises ProcessLookupError: ""
      kill raises ProcessLookupError: ""
      returncode: 0
      """
