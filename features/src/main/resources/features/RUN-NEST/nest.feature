Feature: asyncio.run inside a running loop
  The asyncio documentation of asyncio.run: "This function cannot be called when another asyncio event loop is running in the same thread."

  @RUN-NEST-1
  Scenario: run inside a running loop is refused and the coroutine does not run
    Given the program:
      """python
      async def inner():
          record("inner runs only when awaited later")

      async def main():
          c = inner()
          try:
              asyncio.run(c)
          except RuntimeError as e:
              record("refused", e)
          await c

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      refused: RuntimeError('asyncio.run() cannot be called from a running event loop')
      inner runs only when awaited later
      """
