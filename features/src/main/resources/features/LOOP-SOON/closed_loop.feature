Feature: Scheduling a callback on a closed loop raises RuntimeError
  The asyncio documentation of loop.close(): "This method is idempotent and irreversible. No
  other methods should be called after the event loop is closed." and of
  loop.call_soon_threadsafe(): "Raises RuntimeError if called on a loop that's been closed."

  @LOOP-SOON-5
  Scenario: call_soon on a closed loop raises RuntimeError
    Given the program:
      """python
      def say(word):
          record(word)

      loop.close()
      try:
          loop.call_soon(say, "never")
      except RuntimeError as e:
          record("error", e)
      """
    Then the trace is:
      """
      error: RuntimeError('Event loop is closed')
      """

  @LOOP-SOON-5
  Scenario: call_later on a closed loop raises RuntimeError
    Given the program:
      """python
      def say(word):
          record(word)

      loop.close()
      try:
          loop.call_later(0.01, say, "never")
      except RuntimeError as e:
          record("error", e)
      """
    Then the trace is:
      """
      error: RuntimeError('Event loop is closed')
      """

  @LOOP-SOON-5
  Scenario: call_at on a closed loop raises RuntimeError
    Given the program:
      """python
      def say(word):
          record(word)

      loop.close()
      try:
          loop.call_at(loop.time() + 0.01, say, "never")
      except RuntimeError as e:
          record("error", e)
      """
    Then the trace is:
      """
      error: RuntimeError('Event loop is closed')
      """

  @LOOP-SOON-5
  Scenario: call_soon_threadsafe on a closed loop raises RuntimeError
    Given the program:
      """python
      def say(word):
          record(word)

      loop.close()
      try:
          loop.call_soon_threadsafe(say, "never")
      except RuntimeError as e:
          record("error", e)
      """
    Then the trace is:
      """
      error: RuntimeError('Event loop is closed')
      """

  @LOOP-SOON-5
  Scenario: Completing a future with done callbacks after its loop closed raises RuntimeError
    Given the program:
      """python
      def cb(f):
          record("callback ran")

      fut = loop.create_future()
      fut.add_done_callback(cb)
      loop.close()
      try:
          fut.set_result(1)
      except RuntimeError as e:
          record("set_result", e)
      """
    Then the trace is:
      """
      set_result: RuntimeError('Event loop is closed')
      """
