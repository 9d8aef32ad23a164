Feature: closing a Runner (3.11+)
  The asyncio documentation of Runner.close: "Close the runner."

  @RUNNER-CLOSE-1
  Scenario: close() cancels the task left, twice is nothing, then run and get_loop are refused
    Given the program:
      """python
      async def left():
          try:
              await asyncio.sleep(10)
          finally:
              record("left task ends")

      async def main():
          t = asyncio.get_running_loop().create_task(left())
          await asyncio.sleep(0)
          return "first"

      async def later():
          record("runs only in another loop, later")

      r = asyncio.Runner()
      x = r.run(main())
      record("first run", x)
      r.close()
      record("closed")
      r.close()
      c = later()
      try:
          r.run(c)
      except RuntimeError as e:
          record("run after close", e)
      loop.run_until_complete(c)
      try:
          r.get_loop()
      except RuntimeError as e:
          record("get_loop after close", e)
      """
    Then the trace is:
      """
      first run: 'first'
      left task ends
      closed
      run after close: RuntimeError('Runner is closed')
      runs only in another loop, later
      get_loop after close: RuntimeError('Runner is closed')
      """
