Feature: call_soon runs callbacks in registration order, each exactly once, at the next iteration
  The asyncio documentation of loop.call_soon(callback, *args):
  "Schedule the callback callback to be called with args arguments at the next iteration of
  the event loop. Callbacks are called in the order in which they are registered. Each callback
  will be called exactly once."

  @LOOP-SOON-1
  Scenario: Callbacks are called in the order in which they are registered
    Given the program:
      """python
      def say(word):
          record(word)

      loop.call_soon(say, "a")
      loop.call_soon(say, "b")
      loop.call_soon(say, "c")
      loop.call_soon(loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      a
      b
      c
      """

  @LOOP-SOON-1
  Scenario: call_soon and call_soon_threadsafe from the loop thread share one FIFO queue
    Given the program:
      """python
      def say(word):
          record(word)

      loop.call_soon(say, "soon 1")
      loop.call_soon_threadsafe(say, "threadsafe 1")
      loop.call_soon(say, "soon 2")
      loop.call_soon_threadsafe(say, "threadsafe 2")
      loop.call_soon(loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      soon 1
      threadsafe 1
      soon 2
      threadsafe 2
      """

  @LOOP-SOON-2
  Scenario: Each registration is called exactly once, also when the loop runs again
    Given the program:
      """python
      def say(word):
          record(word)

      loop.call_soon(say, "registered twice")
      loop.call_soon(say, "registered twice")
      loop.call_soon(say, "registered once")
      loop.call_soon(loop.stop)
      loop.run_forever()
      record("first run returned")
      loop.call_soon(loop.stop)
      loop.run_forever()
      record("second run returned")
      """
    Then the trace is:
      """
      registered twice
      registered twice
      registered once
      first run returned
      second run returned
      """

  @LOOP-SOON-3
  Scenario: A callback scheduled by a running callback runs after the callbacks already queued
    Given the program:
      """python
      def say(word):
          record(word)

      def first():
          record("first")
          loop.call_soon(scheduled_by_first)

      def scheduled_by_first():
          record("scheduled by first")
          loop.stop()

      loop.call_soon(first)
      loop.call_soon(say, "second")
      loop.call_soon(say, "third")
      loop.run_forever()
      """
    Then the trace is:
      """
      first
      second
      third
      scheduled by first
      """

  @LOOP-SOON-3
  Scenario: A callback scheduled during the one iteration that stop() allows waits for the next run
    stop() called before run_forever lets the loop run one iteration (LOOP-STOP-3): the callbacks
    already scheduled run, and the one they schedule belongs to the next iteration, so the next
    run calls it.

    Given the program:
      """python
      def say(word):
          record(word)

      def a():
          record("a")
          loop.call_soon(say, "scheduled by a")

      loop.call_soon(a)
      loop.call_soon(say, "b")
      loop.stop()
      loop.run_forever()
      record("first run returned")
      loop.call_soon(loop.stop)
      loop.run_forever()
      record("second run returned")
      """
    Then the trace is:
      """
      a
      b
      first run returned
      scheduled by a
      second run returned
      """

  @LOOP-SOON-7
  Scenario: A callback that raises goes to the exception handler and the next callback still runs
    Given the program:
      """python
      def say(word):
          record(word)

      def boom():
          raise ValueError("boom")

      loop.call_soon(say, "before")
      loop.call_soon(boom)
      loop.call_soon(say, "after")
      loop.call_soon(loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      before
      !handler: ValueError('boom')
      after
      """

  @LOOP-SOON-7
  Scenario: A timer callback that raises goes to the exception handler and later timers still run
    Given the program:
      """python
      def say(word):
          record(word)

      def boom():
          raise RuntimeError("timer failed")

      start = loop.time()
      loop.call_at(start + 0.01, boom)
      loop.call_at(start + 0.02, say, "later timer")
      loop.call_at(start + 0.03, loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      !handler: RuntimeError('timer failed')
      later timer
      """
