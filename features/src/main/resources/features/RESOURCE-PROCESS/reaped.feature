Feature: What a program's processes leave behind
  The asyncio documentation of Process.wait(): "Wait for the child process to terminate."
  asyncio's child watchers reap each child before they tell the loop it has ended. After every
  program it runs alone, the kit compares this process's children with those before it: a child
  still running, or ended and not reaped, fails RESOURCE-PROCESS-1, and the kit ends it. This
  scenario is the clause's own; the check runs after every other one too.

  @RESOURCE-PROCESS-1 @subprocess
  Scenario: processes that exit, and one a signal ends, leave nothing once waited for
    Given the program:
      """python
      async def main():
          first = await asyncio.create_subprocess_exec("true")
          second = await asyncio.create_subprocess_shell("exit 2")
          third = await asyncio.create_subprocess_exec("sleep", "60")
          third.kill()
          statuses = []
          for proc in [first, second, third]:
              status = await proc.wait()
              statuses = statuses + [status]
          record("exit statuses", statuses)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      exit statuses: [0, 2, -9]
      """
