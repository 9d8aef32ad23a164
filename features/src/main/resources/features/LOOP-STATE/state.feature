Feature: is_running() and is_closed() report the loop's state
  The asyncio documentation of loop.is_running(): "Return True if the event loop is currently
  running." and of loop.is_closed(): "Return True if the event loop was closed."

  @LOOP-STATE-1
  Scenario: The state before, during and after run_until_complete, and after close()
    Given the program:
      """python
      async def inside():
          record("inside (running, closed)", (loop.is_running(), loop.is_closed()))

      record("before (running, closed)", (loop.is_running(), loop.is_closed()))
      loop.run_until_complete(inside())
      record("after (running, closed)", (loop.is_running(), loop.is_closed()))
      loop.close()
      record("closed (running, closed)", (loop.is_running(), loop.is_closed()))
      """
    Then the trace is:
      """
      before (running, closed): (False, False)
      inside (running, closed): (True, False)
      after (running, closed): (False, False)
      closed (running, closed): (False, True)
      """

  @LOOP-STATE-1
  Scenario: The state inside a callback of run_forever and after it returned
    Given the program:
      """python
      def inside():
          record("inside (running, closed)", (loop.is_running(), loop.is_closed()))
          loop.stop()

      loop.call_soon(inside)
      loop.run_forever()
      record("after (running, closed)", (loop.is_running(), loop.is_closed()))
      loop.close()
      record("closed (running, closed)", (loop.is_running(), loop.is_closed()))
      """
    Then the trace is:
      """
      inside (running, closed): (True, False)
      after (running, closed): (False, False)
      closed (running, closed): (False, True)
      """
