Feature: Scheduling a coroutine from another thread: run_coroutine_threadsafe()
  The asyncio documentation of asyncio.run_coroutine_threadsafe(coro, loop): "Submit a coroutine to
  the given event loop. Thread-safe. Return a concurrent.futures.Future to wait for the result from
  another OS thread." And: "If an exception is raised in the coroutine, the returned Future will be
  notified. It can also be used to cancel the task in the event loop".

  @THREADSAFE-CORO-1 @threads
  Scenario: run_coroutine_threadsafe from another thread runs the coroutine on the loop, and its future gives the value or raises the exception
    Given the program:
      """python
      async def double(x):
          await asyncio.sleep(0)
          record("the coroutine runs on the loop", asyncio.get_running_loop() is loop)
          return x * 2

      async def fail():
          raise ValueError("from the coroutine")

      def from_thread():
          future = asyncio.run_coroutine_threadsafe(double(21), loop)
          got = future.result()
          return [got, future.done()]

      def failing_from_thread():
          future = asyncio.run_coroutine_threadsafe(fail(), loop)
          try:
              future.result()
              return "no exception"
          except ValueError as e:
              return e

      async def main():
          got = await asyncio.to_thread(from_thread)
          record("in the thread, result() gives the coroutine's value, and the future is done", got)
          got = await asyncio.to_thread(failing_from_thread)
          record("in the thread, result() raises the coroutine's exception", got)
          try:
              asyncio.run_coroutine_threadsafe(double, loop)
              record("a coroutine function was taken")
          except TypeError as e:
              record("anything but a coroutine is refused", e)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the coroutine runs on the loop: True
      in the thread, result() gives the coroutine's value, and the future is done: [42, True]
      in the thread, result() raises the coroutine's exception: ValueError('from the coroutine')
      anything but a coroutine is refused: TypeError('A coroutine object is required')
      """

  @THREADSAFE-CORO-2 @threads
  Scenario: cancelling the concurrent future cancels the coroutine's task on the loop
    Given the program:
      """python
      async def sleeper(started, stopped):
          started.set_result(None)
          try:
              await asyncio.sleep(3600)
          except asyncio.CancelledError:
              stopped.set_result("cancelled")
              raise

      def submit(started, stopped):
          return asyncio.run_coroutine_threadsafe(sleeper(started, stopped), loop)

      async def main():
          started = loop.create_future()
          stopped = loop.create_future()
          future = await asyncio.to_thread(submit, started, stopped)
          await started
          record("cancel() of the concurrent future, while the coroutine runs", future.cancel())
          got = await stopped
          record("the coroutine's task is cancelled", got)
          record("the concurrent future is cancelled", future.cancelled())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      cancel() of the concurrent future, while the coroutine runs: True
      the coroutine's task is cancelled: 'cancelled'
      the concurrent future is cancelled: True
      """
