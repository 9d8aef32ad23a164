Feature: close() ends the loop for good
  The asyncio documentation of loop.close(): "Close the event loop. The loop must not be
  running when this function is called. Any pending callbacks will be discarded. [...] This
  method is idempotent and irreversible."

  @LOOP-CLOSE-1
  Scenario: A second close() does nothing
    Given the program:
      """python
      loop.close()
      record("closed", loop.is_closed())
      record("second close()", loop.close())
      record("still closed", loop.is_closed())
      """
    Then the trace is:
      """
      closed: True
      second close(): None
      still closed: True
      """

  @LOOP-CLOSE-2
  Scenario: close() from a callback of the running loop raises RuntimeError and the loop keeps running
    Given the program:
      """python
      def say(word):
          record(word)

      def closer():
          try:
              loop.close()
          except RuntimeError as e:
              record("error", e)
          record("closed", loop.is_closed())

      loop.call_soon(closer)
      loop.call_soon(say, "next callback")
      loop.call_soon(loop.stop)
      loop.run_forever()
      record("run_forever returned")
      """
    Then the trace is:
      """
      error: RuntimeError('Cannot close a running event loop')
      closed: False
      next callback
      run_forever returned
      """

  @LOOP-CLOSE-2
  Scenario: close() from a coroutine of the running loop raises RuntimeError out of run_until_complete
    Given the program:
      """python
      async def closer():
          await asyncio.sleep(0)
          loop.close()

      loop.run_until_complete(closer())
      """
    Then the trace is:
      """
      !raised: RuntimeError('Cannot close a running event loop')
      """

  @LOOP-CLOSE-3
  Scenario: Callbacks left over by a stopped run are discarded by close()
    Given the program:
      """python
      def say(word):
          record(word)

      def stopper():
          loop.stop()
          loop.call_later(0.05, say, "left over timer")

      loop.call_soon(stopper)
      loop.run_forever()
      loop.call_soon(say, "left over")
      loop.call_later(0, say, "left over timer, due")
      loop.close()
      record("closed", loop.is_closed())
      try:
          loop.run_forever()
      except RuntimeError as e:
          record("error", e)
      """
    Then the trace is:
      """
      closed: True
      error: RuntimeError('Event loop is closed')
      """

  @LOOP-CLOSE-4
  Scenario: run_forever, run_until_complete and create_task on a closed loop raise RuntimeError
    Given the program:
      """python
      async def work():
          record("the coroutine ran")

      loop.close()
      try:
          loop.run_forever()
      except RuntimeError as e:
          record("run_forever", e)
      c = work()
      try:
          loop.run_until_complete(c)
      except RuntimeError as e:
          record("run_until_complete", e)
      try:
          loop.create_task(c)
      except RuntimeError as e:
          record("create_task", e)
      try:
          loop.run_until_complete(1)
      except RuntimeError as e:
          record("run_until_complete(1)", e)
      """
    Then the trace is:
      """
      run_forever: RuntimeError('Event loop is closed')
      run_until_complete: RuntimeError('Event loop is closed')
      create_task: RuntimeError('Event loop is closed')
      run_until_complete(1): RuntimeError('Event loop is closed')
      """
