Feature: run_forever runs until stop() is called
  The asyncio documentation of loop.run_forever(): "Run the event loop until stop() is called.
  If stop() is called before run_forever() is called, the loop will poll the I/O selector once
  with a timeout of zero, run all callbacks scheduled in response to I/O events (and those that
  were already scheduled), and then exit. If stop() is called while run_forever() is running,
  the loop will run the current batch of callbacks and then exit. Note that new callbacks
  scheduled by callbacks will not run in this case; instead, they will run the next time
  run_forever() or run_until_complete() is called."

  @LOOP-RUN-1
  Scenario: run_forever keeps running through callbacks and timers until a callback calls stop()
    Given the program:
      """python
      def a():
          record("a")
          loop.call_later(0.01, b)

      def b():
          record("b")
          loop.call_soon(c)

      def c():
          record("c")
          loop.stop()

      loop.call_soon(a)
      loop.run_forever()
      record("run_forever returned")
      """
    Then the trace is:
      """
      a
      b
      c
      run_forever returned
      """

  @LOOP-RUN-1
  Scenario: run_forever returns when a task calls stop()
    Given the program:
      """python
      async def stopper():
          await asyncio.sleep(0.01)
          record("stopping")
          loop.stop()
          return "stopped"

      t = loop.create_task(stopper())
      loop.run_forever()
      record("run_forever returned")
      record("task result", t.result())
      """
    Then the trace is:
      """
      stopping
      run_forever returned
      task result: 'stopped'
      """

  @LOOP-RUN-2
  Scenario: Callbacks and coroutines of the running loop find it as the running loop
    current_task() asks for the running loop: called from a callback or a coroutine of the
    running loop it returns (None in a plain callback; what it returns in a coroutine is
    LOOP-RUC-3's rule), and it raises RuntimeError only when no loop runs.

    Given the program:
      """python
      def callback():
          loop.stop()
          record("current task in a callback", asyncio.current_task())

      async def main():
          asyncio.current_task()
          record("current_task() in a coroutine returned")

      loop.call_soon(callback)
      loop.run_forever()
      loop.run_until_complete(main())
      try:
          asyncio.current_task()
      except RuntimeError as e:
          record("outside the run", e)
      """
    Then the trace is:
      """
      current task in a callback: None
      current_task() in a coroutine returned
      outside the run: RuntimeError('no running event loop')
      """
