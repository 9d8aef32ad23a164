Feature: run_forever runs until stop() is called
  The asyncio documentation of loop.run_forever(): "Run the event loop until stop() is called.
  If stop() is called before run_forever() is called, the loop will poll the I/O selector once
  with a timeout of zero, run all callbacks scheduled in response to I/O events (and those that
  were already scheduled), and then exit. If stop() is called while run_forever() is running,
  the loop will run the current batch of callbacks and then exit. Note that new callbacks
  scheduled by callbacks will not run in this case; instead, they will run the next time
  run_forever() or run_until_complete() is called."

  @LOOP-STOP-1
  Scenario: Callbacks queued in the same batch as stop() still run before run_forever returns
    Given the program:
      """python
      def say(word):
          record(word)

      def stopper():
          record("stopper")
          loop.stop()

      loop.call_soon(say, "before")
      loop.call_soon(stopper)
      loop.call_soon(say, "after stop() in the same batch")
      loop.run_forever()
      record("run_forever returned")
      """
    Then the trace is:
      """
      before
      stopper
      after stop() in the same batch
      run_forever returned
      """

  @LOOP-STOP-2
  Scenario: A callback scheduled after stop() by the stopping callback waits for the next run
    Given the program:
      """python
      def say(word):
          record(word)

      def stopper():
          loop.stop()
          loop.call_soon(say, "scheduled after stop()")

      loop.call_soon(stopper)
      loop.call_soon(say, "same batch")
      loop.run_forever()
      record("first run returned")
      loop.call_soon(loop.stop)
      loop.run_forever()
      record("second run returned")
      """
    Then the trace is:
      """
      same batch
      first run returned
      scheduled after stop()
      second run returned
      """

  @LOOP-STOP-2
  Scenario: A callback scheduled by another callback of the stopping batch waits for the next run
    Given the program:
      """python
      def say(word):
          record(word)

      def a():
          record("a")
          loop.call_soon(say, "scheduled by a")

      loop.call_soon(a)
      loop.call_soon(say, "b")
      loop.call_soon(loop.stop)
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

  @LOOP-STOP-2
  Scenario: The run ends with the iteration in which stop() was called
    A ticker that reschedules itself records one "tick" per iteration (LOOP-SOON-3), so the ticks
    count iterations: the tick that the stopping iteration scheduled waits for the next run.

    Given the program:
      """python
      def tick():
          record("tick")
          loop.call_soon(tick)

      def a():
          record("a")
          loop.call_soon(b)

      def b():
          record("b")
          loop.stop()

      loop.call_soon(tick)
      loop.call_soon(a)
      loop.run_forever()
      """
    Then the trace is:
      """
      tick
      a
      tick
      b
      """

  @LOOP-STOP-3
  Scenario: stop() before run_forever runs the callbacks already scheduled once, then returns
    What the callbacks of that iteration schedule waits for the next run (LOOP-SOON-3 checks it).

    Given the program:
      """python
      def say(word):
          record(word)

      loop.call_soon(say, "a")
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
      second run returned
      """

  @LOOP-STOP-3
  Scenario: stop() before run_forever with nothing scheduled makes run_forever return at once
    Given the program:
      """python
      loop.stop()
      loop.run_forever()
      record("run_forever returned")
      loop.call_soon(loop.stop)
      loop.run_forever()
      record("the next run is a normal run")
      """
    Then the trace is:
      """
      run_forever returned
      the next run is a normal run
      """
