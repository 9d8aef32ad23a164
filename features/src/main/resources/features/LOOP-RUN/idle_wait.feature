Feature: run_forever waits when it has nothing to do
  The asyncio documentation of loop.run_forever(): "Run the event loop until stop() is called."
  A loop with no callback ready and no timer left does not return: it waits, and another thread
  can still give it work with loop.call_soon_threadsafe().

  @LOOP-RUN-1 @threads
  Scenario: run_forever with nothing scheduled waits until another thread makes it call stop()
    Given the program:
      """python
      def stopper():
          record("stopper called")
          loop.stop()

      thread_after(0.01, loop.call_soon_threadsafe, stopper)
      loop.run_forever()
      record("run_forever returned")
      """
    Then the trace is:
      """
      stopper called
      run_forever returned
      """

  @LOOP-RUN-1 @threads
  Scenario: run_forever keeps running after its last callback and its last timer have run
    The last callback schedules the last timer, which starts the thread that will stop the loop:
    in between, the loop has no callback ready and no timer left.

    Given the program:
      """python
      def say(word):
          record(word)
          loop.call_later(0.001, last_timer)

      def stopper():
          record("stopper called")
          loop.stop()

      def last_timer():
          record("last timer")
          thread_after(0.01, loop.call_soon_threadsafe, stopper)

      loop.call_soon(say, "last callback")
      loop.run_forever()
      record("run_forever returned")
      """
    Then the trace is:
      """
      last callback
      last timer
      stopper called
      run_forever returned
      """
