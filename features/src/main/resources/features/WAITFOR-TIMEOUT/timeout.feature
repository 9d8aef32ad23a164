Feature: wait_for when the timeout passes
  The asyncio documentation of wait_for: "If a timeout occurs, it cancels the task and raises
  TimeoutError. [...] The function will wait until the future is actually cancelled".

  @WAITFOR-TIMEOUT-1
  Scenario: the awaitable's cleanup runs to its end before the caller gets TimeoutError
    Given the program:
      """python
      async def slow():
          try:
              await asyncio.sleep(1)
          except asyncio.CancelledError:
              record("the awaitable is cancelled")
              await asyncio.sleep(0)
              record("its cleanup runs to the end")
              raise

      async def main():
          try:
              await asyncio.wait_for(slow(), 0.01)
          except asyncio.TimeoutError as e:
              record("the caller gets", e)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the awaitable is cancelled
      its cleanup runs to the end
      the caller gets: TimeoutError()
      """

  @WAITFOR-TIMEOUT-1
  Scenario: a task or a future that times out is left cancelled
    Given the program:
      """python
      async def slow():
          await asyncio.sleep(1)

      async def main():
          t = loop.create_task(slow())
          try:
              await asyncio.wait_for(t, 0.01)
          except asyncio.TimeoutError as e:
              record("timed out", e)
          record("the task is cancelled", t.cancelled())
          f = loop.create_future()
          try:
              await asyncio.wait_for(f, 0.01)
          except asyncio.TimeoutError as e:
              record("timed out", e)
          record("the future is cancelled", f.cancelled())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      timed out: TimeoutError()
      the task is cancelled: True
      timed out: TimeoutError()
      the future is cancelled: True
      """

  @WAITFOR-TIMEOUT-2
  Scenario: an awaitable that swallows the cancellation and returns gives its result
    Given the program:
      """python
      async def stubborn():
          try:
              await asyncio.sleep(1)
          except asyncio.CancelledError:
              record("the awaitable swallows the cancellation")
          return "finished anyway"

      async def main():
          r = await asyncio.wait_for(stubborn(), 0.01)
          record("wait_for returns", r)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the awaitable swallows the cancellation
      wait_for returns: 'finished anyway'
      """
