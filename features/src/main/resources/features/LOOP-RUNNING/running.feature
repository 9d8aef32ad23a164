Feature: the running loop
  The asyncio documentation of get_running_loop: "Return the running event loop in the current OS thread."

  @LOOP-RUNNING-1
  Scenario: get_running_loop() in a task and a callback, RuntimeError before and after
    Given the program:
      """python
      def callback():
          record("in a callback", asyncio.get_running_loop() is loop)

      async def main():
          record("in a task", asyncio.get_running_loop() is loop)
          loop.call_soon(callback)
          await asyncio.sleep(0)

      try:
          asyncio.get_running_loop()
      except RuntimeError as e:
          record("outside", e)
      loop.run_until_complete(main())
      try:
          asyncio.get_running_loop()
      except RuntimeError as e:
          record("after", e)
      """
    Then the trace is:
      """
      outside: RuntimeError('no running event loop')
      in a task: True
      in a callback: True
      after: RuntimeError('no running event loop')
      """
