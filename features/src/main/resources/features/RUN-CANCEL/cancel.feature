Feature: the tasks asyncio.run leaves
  CPython's asyncio.run cancels the tasks still pending when main ends and waits for them.

  @RUN-CANCEL-1
  Scenario: the task left is cancelled and waited for, one that swallows the cancellation runs to its end, also when main raises
    Given the program:
      """python
      async def waits(name):
          try:
              await asyncio.sleep(10)
          except asyncio.CancelledError:
              record("cancelled", name)
              raise
          finally:
              record("finally", name)

      async def swallows():
          try:
              await asyncio.sleep(10)
          except asyncio.CancelledError:
              record("swallows the cancellation")
          await asyncio.sleep(0.01)
          record("goes on to its end")
          return "ignored"

      async def main():
          loop2 = asyncio.get_running_loop()
          a = loop2.create_task(waits("a"))
          await asyncio.sleep(0)
          record("main returns")
          return "main"

      async def main_swallows():
          s = asyncio.get_running_loop().create_task(swallows())
          await asyncio.sleep(0)
          record("main returns")
          return "main"

      async def main_raises():
          b = asyncio.get_running_loop().create_task(waits("b"))
          await asyncio.sleep(0)
          raise ValueError("main")

      r = asyncio.run(main())
      record("run returned", r)
      r = asyncio.run(main_swallows())
      record("run returned", r)
      try:
          asyncio.run(main_raises())
      except ValueError as e:
          record("run raised", e)
      """
    Then the trace is:
      """
      main returns
      cancelled: 'a'
      finally: 'a'
      run returned: 'main'
      main returns
      swallows the cancellation
      goes on to its end
      run returned: 'main'
      cancelled: 'b'
      finally: 'b'
      run raised: ValueError('main')
      """

  @RUN-CANCEL-2
  Scenario: a task left that raises while cancelled goes to the exception handler, run still returns
    Given the program:
      """python
      async def raises_when_cancelled():
          try:
              await asyncio.sleep(10)
          except asyncio.CancelledError:
              record("cancelled, raises")
              raise ValueError("during cancel")

      async def main():
          lp = asyncio.get_running_loop()
          t = lp.create_task(raises_when_cancelled())
          await asyncio.sleep(0)
          return "main"

      r = asyncio.run(main())
      record("run returned", r)
      """
    Then the trace is:
      """
      cancelled, raises
      !handler: ValueError('during cancel')
      run returned: 'main'
      """
