Feature: is_running() and is_closed() are the state of that loop, not of the thread
  The asyncio documentation of loop.is_running(): "Return True if the event loop is currently
  running." and of loop.is_closed(): "Return True if the event loop was closed." Each loop has its
  own state: a loop that is not running says so while another loop runs in the same thread.

  @LOOP-STATE-1
  Scenario: A second loop, never run, reports (False, False) from a callback of the running loop
    Given the program:
      """python
      def inside():
          record("running loop (running, closed)", (loop.is_running(), loop.is_closed()))
          record("other loop (running, closed)", (other.is_running(), other.is_closed()))
          loop.stop()

      other = new_event_loop()
      loop.call_soon(inside)
      loop.run_forever()
      """
    Then the trace is:
      """
      running loop (running, closed): (True, False)
      other loop (running, closed): (False, False)
      """

  @LOOP-STATE-1
  Scenario: A loop that has run, and one that is closed, report their own state inside a task of another loop
    Given the program:
      """python
      async def inside():
          record("loop that ran (running, closed)", (loop.is_running(), loop.is_closed()))
          record("closed loop (running, closed)", (closed.is_running(), closed.is_closed()))

      other = new_event_loop()
      closed = new_event_loop()
      closed.close()
      loop.call_soon(loop.stop)
      loop.run_forever()
      other.run_until_complete(inside())
      """
    Then the trace is:
      """
      loop that ran (running, closed): (False, False)
      closed loop (running, closed): (False, True)
      """
