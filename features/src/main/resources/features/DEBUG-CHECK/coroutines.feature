Feature: Debug mode refuses coroutine functions as callbacks
  The asyncio documentation of loop.set_debug(): "Set the debug mode of the event loop." CPython's
  debug mode checks each callback: "coroutines cannot be used with call_soon()".

  @DEBUG-CHECK-1
  Scenario: In debug mode each scheduling method refuses an async def
    Given the program:
      """python
      async def job():
          pass

      def plain():
          pass

      loop.set_debug(True)
      try:
          loop.call_soon(job)
      except TypeError as e:
          record("call_soon", e)
      try:
          loop.call_later(0.01, job)
      except TypeError as e:
          record("call_later", e)
      try:
          loop.call_at(loop.time() + 0.01, job)
      except TypeError as e:
          record("call_at", e)
      try:
          loop.call_soon_threadsafe(job)
      except TypeError as e:
          record("call_soon_threadsafe", e)
      try:
          loop.run_in_executor(None, job)
      except TypeError as e:
          record("run_in_executor", e)
      handle = loop.call_soon(plain)
      record("a plain function is accepted", handle.cancelled())
      loop.set_debug(False)
      """
    Then the trace is:
      """
      call_soon: TypeError('coroutines cannot be used with call_soon()')
      call_later: TypeError('coroutines cannot be used with call_at()')
      call_at: TypeError('coroutines cannot be used with call_at()')
      call_soon_threadsafe: TypeError('coroutines cannot be used with call_soon_threadsafe()')
      run_in_executor: TypeError('coroutines cannot be used with run_in_executor()')
      a plain function is accepted: False
      """
