Feature: Runner.run inside a running loop (3.11+)
  The asyncio documentation of Runner.run: "This function cannot be called when another asyncio event loop is running in the same thread."

  @RUNNER-NEST-1
  Scenario: Runner.run inside a running loop is refused and the coroutine does not run
    Given the program:
      """python
      async def inner():
          record("inner runs only when awaited later")

      async def main():
          r = asyncio.Runner()
          c = inner()
          try:
              r.run(c)
          except RuntimeError as e:
              record("refused", e)
          await c
          r.close()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      refused: RuntimeError('Runner.run() cannot be called from a running event loop')
      inner runs only when awaited later
      """
