Feature: A cancelled timer never runs
  The asyncio documentation of loop.call_later(): "An instance of asyncio.TimerHandle is
  returned which can be used to cancel the callback." and of Handle.cancel(): "Cancel the
  callback."

  @LOOP-TIMER-6
  Scenario: A timer cancelled before the loop runs never runs
    Given the program:
      """python
      def say(word):
          record(word)

      h = loop.call_later(0.01, say, "cancelled")
      loop.call_later(0.02, say, "kept")
      h.cancel()
      record("cancelled", h.cancelled())
      loop.call_later(0.03, loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      cancelled: True
      kept
      """

  @LOOP-TIMER-6
  Scenario: A timer cancelled by an earlier timer callback never runs
    Given the program:
      """python
      def say(word):
          record(word)

      def canceller():
          record("canceller")
          h.cancel()

      loop.call_later(0.01, canceller)
      h = loop.call_later(0.02, say, "cancelled")
      loop.call_later(0.03, say, "kept")
      loop.call_later(0.04, loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      canceller
      kept
      """

  @LOOP-TIMER-6
  Scenario: A due timer cancelled by a callback that runs before it never runs
    Given the program:
      """python
      def say(word):
          record(word)

      def canceller():
          record("canceller")
          h.cancel()

      loop.call_soon(canceller)
      h = loop.call_later(0, say, "cancelled")
      loop.call_later(0.01, loop.stop)
      loop.run_forever()
      record("cancelled", h.cancelled())
      """
    Then the trace is:
      """
      canceller
      cancelled: True
      """
