Feature: the loop of asyncio.run
  The asyncio documentation of asyncio.run: "This function always creates a new event loop and closes it at the end."

  @RUN-LOOP-1
  Scenario: the coroutine runs in a new loop, closed once run returns
    Given the program:
      """python
      async def main():
          lp = asyncio.get_running_loop()
          record("a new loop, running", [lp is loop, lp.is_running(), lp.is_closed()])
          await asyncio.sleep(0)

      asyncio.run(main())
      record("after (running, closed)", [lp.is_running(), lp.is_closed()])
      record("the program's loop (running, closed)", [loop.is_running(), loop.is_closed()])
      """
    Then the trace is:
      """
      a new loop, running: [False, True, False]
      after (running, closed): [False, True]
      the program's loop (running, closed): [False, False]
      """
