Feature: the loop of a Runner (3.11+)
  The asyncio documentation of Runner.get_loop: "Return the event loop associated with the runner instance."

  @RUNNER-LOOP-1
  Scenario: two runs share the runner's loop, open and idle between them, closed by close()
    Given the program:
      """python
      async def step(x):
          record("runs in the runner's loop", asyncio.get_running_loop() is lp)
          await asyncio.sleep(0)
          return x

      r = asyncio.Runner()
      lp = r.get_loop()
      record("before (running, closed, is the program loop)", [lp.is_running(), lp.is_closed(), lp is loop])
      a = r.run(step(1))
      record("between (running, closed)", [lp.is_running(), lp.is_closed()])
      b = r.run(step(2))
      record("results", [a, b, r.get_loop() is lp])
      r.close()
      record("after close (closed)", lp.is_closed())
      """
    Then the trace is:
      """
      before (running, closed, is the program loop): [False, False, False]
      runs in the runner's loop: True
      between (running, closed): [False, False]
      runs in the runner's loop: True
      results: [1, 2, True]
      after close (closed): True
      """
