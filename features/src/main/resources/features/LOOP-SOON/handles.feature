Feature: A Handle cancels its callback
  The asyncio documentation of asyncio.Handle:
  "cancel(): Cancel the callback. If the callback has already been canceled or executed, this
  method has no effect." and "cancelled(): Return True if the callback was cancelled."

  @LOOP-SOON-4
  Scenario: A callback cancelled before it runs is never called and its handle reports cancelled
    Given the program:
      """python
      def say(word):
          record(word)

      h = loop.call_soon(say, "cancelled")
      loop.call_soon(say, "kept")
      record("cancelled before cancel()", h.cancelled())
      h.cancel()
      record("cancelled after cancel()", h.cancelled())
      loop.call_soon(loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      cancelled before cancel(): False
      cancelled after cancel(): True
      kept
      """

  @LOOP-SOON-4
  Scenario: A callback cancelled by an earlier callback of the same batch is never called
    Given the program:
      """python
      def say(word):
          record(word)

      def canceller():
          record("canceller")
          h.cancel()

      loop.call_soon(canceller)
      h = loop.call_soon(say, "cancelled by canceller")
      loop.call_soon(say, "kept")
      loop.call_soon(loop.stop)
      loop.run_forever()
      record("cancelled", h.cancelled())
      """
    Then the trace is:
      """
      canceller
      kept
      cancelled: True
      """

  @LOOP-SOON-4
  Scenario: The handle returned by call_soon_threadsafe cancels the call too
    Given the program:
      """python
      def say(word):
          record(word)

      h = loop.call_soon_threadsafe(say, "cancelled")
      loop.call_soon(say, "kept")
      h.cancel()
      loop.call_soon(loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      kept
      """
