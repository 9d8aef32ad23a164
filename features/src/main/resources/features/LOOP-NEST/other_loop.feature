Feature: A second loop cannot run while another loop runs in the same thread
  The asyncio documentation knows one running loop per thread: asyncio.get_running_loop()
  "Return the running event loop in the current OS thread", and asyncio.run() "cannot be
  called when another asyncio event loop is running in the same thread." Running a second loop
  inside a running one raises RuntimeError.

  @LOOP-NEST-2
  Scenario: run_until_complete of another loop, called from a coroutine, raises RuntimeError
    Given the program:
      """python
      async def nested():
          inner = other.create_future()
          try:
              other.run_until_complete(inner)
          except RuntimeError as e:
              record("error", e)
          record("other running", other.is_running())
          return "outer run completes"

      other = new_event_loop()
      record("result", loop.run_until_complete(nested()))
      """
    Then the trace is:
      """
      error: RuntimeError('Cannot run the event loop while another loop is running')
      other running: False
      result: 'outer run completes'
      """

  @LOOP-NEST-2
  Scenario: run_forever of another loop, called from a callback, raises RuntimeError
    Given the program:
      """python
      def nested():
          try:
              other.run_forever()
          except RuntimeError as e:
              record("error", e)
          record("other running", other.is_running())
          loop.stop()

      other = new_event_loop()
      loop.call_soon(nested)
      loop.run_forever()
      record("outer run_forever returned")
      """
    Then the trace is:
      """
      error: RuntimeError('Cannot run the event loop while another loop is running')
      other running: False
      outer run_forever returned
      """
