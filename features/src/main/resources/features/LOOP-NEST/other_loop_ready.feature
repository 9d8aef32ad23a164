Feature: A second loop with work ready still cannot run inside a running loop
  The asyncio documentation knows one running loop per thread: asyncio.get_running_loop()
  "Return the running event loop in the current OS thread". Here the second loop could finish
  at once (a stop() queued, a future already done): it is refused all the same, and a loop that
  let it run would show it in the trace instead of hanging.

  @LOOP-NEST-2
  Scenario: run_forever of another loop with a stop() already queued, called from a callback, raises RuntimeError
    Given the program:
      """python
      def say(word):
          record(word)

      def nested():
          try:
              other.run_forever()
              record("other run_forever returned")
          except RuntimeError as e:
              record("error", e)
          record("other running", other.is_running())
          loop.stop()

      other = new_event_loop()
      other.call_soon(say, "callback of the other loop")
      other.call_soon(other.stop)
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

  @LOOP-NEST-2
  Scenario: run_until_complete of another loop with a future already done, called from a coroutine, raises RuntimeError
    Given the program:
      """python
      async def nested():
          done = other.create_future()
          done.set_result("result of the other loop")
          try:
              record("other returned", other.run_until_complete(done))
          except RuntimeError as e:
              record("error", e)
          return "outer run completes"

      other = new_event_loop()
      record("result", loop.run_until_complete(nested()))
      """
    Then the trace is:
      """
      error: RuntimeError('Cannot run the event loop while another loop is running')
      result: 'outer run completes'
      """
