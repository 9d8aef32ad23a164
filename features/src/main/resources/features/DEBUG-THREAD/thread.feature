Feature: Debug mode refuses call_soon from another thread
  The asyncio documentation of debug mode: "Many non-threadsafe asyncio APIs (such as
  loop.call_soon() and loop.call_at() methods) raise an exception if they are called from a wrong
  thread."

  @DEBUG-THREAD-1 @threads
  Scenario: call_soon and call_later from another thread while the loop runs in debug mode raise RuntimeError
    Given the program:
      """python
      def noop():
          pass

      def from_thread():
          try:
              loop.call_soon(noop)
              outcome = "accepted"
          except RuntimeError as e:
              outcome = e
          try:
              loop.call_later(1, noop)
              later = "accepted"
          except RuntimeError as e:
              later = e
          loop.call_soon_threadsafe(done.set_result, [outcome, later])

      async def main():
          loop.set_debug(True)
          thread_after(0.01, from_thread)
          result = await done
          record("call_soon and call_later from another thread", result)
          loop.set_debug(False)

      done = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      call_soon and call_later from another thread: [RuntimeError('Non-thread-safe operation invoked on an event loop other than the current one'), RuntimeError('Non-thread-safe operation invoked on an event loop other than the current one')]
      """
