Feature: run_until_complete runs the loop until a future is done
  The asyncio documentation of loop.run_until_complete(future): "Run until the future (an
  instance of Future) has completed. If the argument is a coroutine object it is implicitly
  scheduled to run as a asyncio.Task. Return the Future's result or raise its exception."

  @LOOP-RUC-1
  Scenario: run_until_complete returns the coroutine's return value
    Given the program:
      """python
      async def answer():
          await asyncio.sleep(0)
          return 42

      record("result", loop.run_until_complete(answer()))
      """
    Then the trace is:
      """
      result: 42
      """

  @LOOP-RUC-2
  Scenario: run_until_complete raises the coroutine's exception
    Given the program:
      """python
      async def fails():
          await asyncio.sleep(0)
          raise ValueError("boom")

      loop.run_until_complete(fails())
      """
    Then the trace is:
      """
      !raised: ValueError('boom')
      """

  @LOOP-RUC-2
  Scenario: run_until_complete raises the exception set on a future by a callback
    Given the program:
      """python
      f = loop.create_future()
      loop.call_soon(f.set_exception, ValueError("set later"))
      try:
          loop.run_until_complete(f)
      except ValueError as e:
          record("error", e)
      """
    Then the trace is:
      """
      error: ValueError('set later')
      """

  @LOOP-RUC-3
  Scenario: A coroutine passed to run_until_complete runs in a Task that is the current task at every step
    Given the program:
      """python
      async def who():
          first = asyncio.current_task()
          await asyncio.sleep(0)
          second = asyncio.current_task()
          await asyncio.sleep(0.01)
          record("same task after a sleep(0)", second is first)
          record("same task after a timer", asyncio.current_task() is first)
          return first

      t = loop.run_until_complete(who())
      record("result is the task itself", t.result() is t)
      """
    Then the trace is:
      """
      same task after a sleep(0): True
      same task after a timer: True
      result is the task itself: True
      """

  @LOOP-RUC-4
  Scenario: run_until_complete accepts a future resolved later by a callback
    Given the program:
      """python
      f = loop.create_future()
      loop.call_later(0.01, f.set_result, "resolved later")
      record("result", loop.run_until_complete(f))
      record("done", f.done())
      """
    Then the trace is:
      """
      result: 'resolved later'
      done: True
      """

  @LOOP-RUC-4
  Scenario: run_until_complete accepts a future that is already done
    Given the program:
      """python
      f = loop.create_future()
      f.set_result([1, 2])
      record("result", loop.run_until_complete(f))
      """
    Then the trace is:
      """
      result: [1, 2]
      """

  @LOOP-RUC-5
  Scenario: run_until_complete of a value that is not a future, a coroutine or an awaitable raises TypeError
    Given the program:
      """python
      def plain():
          return 1

      async def coroutine_function():
          return 1

      try:
          loop.run_until_complete(1)
      except TypeError as e:
          record("int", e)
      try:
          loop.run_until_complete(None)
      except TypeError as e:
          record("None", e)
      try:
          loop.run_until_complete(plain)
      except TypeError as e:
          record("plain function", e)
      try:
          loop.run_until_complete(coroutine_function)
      except TypeError as e:
          record("coroutine function", e)
      record("running", loop.is_running())
      """
    Then the trace is:
      """
      int: TypeError('An asyncio.Future, a coroutine or an awaitable is required')
      None: TypeError('An asyncio.Future, a coroutine or an awaitable is required')
      plain function: TypeError('An asyncio.Future, a coroutine or an awaitable is required')
      coroutine function: TypeError('An asyncio.Future, a coroutine or an awaitable is required')
      running: False
      """

  @LOOP-RUC-6
  Scenario: A future still pending when the loop is stopped makes run_until_complete raise
    Given the program:
      """python
      f = loop.create_future()
      loop.call_soon(loop.stop)
      loop.run_until_complete(f)
      """
    Then the trace is:
      """
      !raised: RuntimeError('Event loop stopped before Future completed.')
      """

  @LOOP-RUC-6
  Scenario: A task interrupted by stop() stays pending and completes on the next run
    Given the program:
      """python
      async def stops_the_loop():
          loop.stop()
          await asyncio.sleep(0.01)
          return "finished"

      t = loop.create_task(stops_the_loop())
      try:
          loop.run_until_complete(t)
      except RuntimeError as e:
          record("error", e)
      record("task done", t.done())
      record("result", loop.run_until_complete(t))
      """
    Then the trace is:
      """
      error: RuntimeError('Event loop stopped before Future completed.')
      task done: False
      result: 'finished'
      """
