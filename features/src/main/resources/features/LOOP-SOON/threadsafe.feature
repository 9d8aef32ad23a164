Feature: call_soon_threadsafe wakes a waiting loop from another thread
  The asyncio documentation of loop.call_soon_threadsafe(callback, *args): "A thread-safe
  variant of call_soon(). Must be used to schedule callbacks from another thread."

  @LOOP-SOON-6 @threads
  Scenario: A loop with nothing to do is woken by call_soon_threadsafe and runs the callback
    Given the program:
      """python
      def from_other_thread():
          loop.call_soon_threadsafe(on_loop, "from thread")

      def on_loop(word):
          record(word)
          record("current task", asyncio.current_task())
          loop.stop()

      thread_after(0.01, from_other_thread)
      loop.run_forever()
      record("run_forever returned")
      """
    Then the trace is:
      """
      from thread
      current task: None
      run_forever returned
      """

  @LOOP-SOON-6 @threads
  Scenario: A task waiting on a future is resumed when another thread resolves it through call_soon_threadsafe
    A timer 5 s away keeps the loop waiting in its poll: call_soon_threadsafe must wake it, long
    before the timer would.

    Given the program:
      """python
      async def main():
          fut = loop.create_future()
          thread_after(0.01, loop.call_soon_threadsafe, fut.set_result, "from thread")
          value = await fut
          record("value", value)

      def too_late():
          record("the loop was not woken")

      loop.call_later(5, too_late)
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      value: 'from thread'
      """

  @LOOP-SOON-8 @threads @stress
  Scenario: 4 threads each calling call_soon_threadsafe 100,000 times lose no callback
    Given the program:
      """python
      async def main():
          ran = await threadsafe_flood(4, 100000)
          record("callbacks run", ran)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      callbacks run: 400000
      """

  @LOOP-SOON-8 @threads @stress @long
  Scenario: 4 threads each calling call_soon_threadsafe 1,000,000 times lose no callback
    Given the program:
      """python
      async def main():
          ran = await threadsafe_flood(4, 1000000)
          record("callbacks run", ran)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      callbacks run: 4000000
      """
