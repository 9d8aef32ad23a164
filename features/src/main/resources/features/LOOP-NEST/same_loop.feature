Feature: A running loop cannot be run again from inside itself
  The asyncio documentation of loop.run_forever(): "Run the event loop until stop() is
  called." A loop runs once at a time: run_forever() and run_until_complete() called while that
  same loop is running raise RuntimeError; the outer run goes on.

  @LOOP-NEST-1
  Scenario: run_forever called from a coroutine of the running loop raises RuntimeError
    Given the program:
      """python
      async def nested():
          try:
              loop.run_forever()
          except RuntimeError:
              record("refused with RuntimeError")
          return "outer run completes"

      record("result", loop.run_until_complete(nested()))
      """
    Then the trace is:
      """
      refused with RuntimeError
      result: 'outer run completes'
      """

  @LOOP-NEST-1
  Scenario: run_until_complete called from a coroutine of the running loop raises RuntimeError
    Given the program:
      """python
      async def nested():
          inner = loop.create_future()
          try:
              loop.run_until_complete(inner)
          except RuntimeError:
              record("refused with RuntimeError")
          record("inner done", inner.done())
          return "outer run completes"

      record("result", loop.run_until_complete(nested()))
      """
    Then the trace is:
      """
      refused with RuntimeError
      inner done: False
      result: 'outer run completes'
      """

  @LOOP-NEST-1
  Scenario: run_forever called from a callback of the running loop raises RuntimeError
    Given the program:
      """python
      def say(word):
          record(word)

      def nested():
          try:
              loop.run_forever()
          except RuntimeError:
              record("refused with RuntimeError")

      loop.call_soon(nested)
      loop.call_soon(say, "next callback")
      loop.call_soon(loop.stop)
      loop.run_forever()
      record("outer run_forever returned")
      """
    Then the trace is:
      """
      refused with RuntimeError
      next callback
      outer run_forever returned
      """

  @LOOP-NEST-1
  Scenario: run_until_complete called from a callback of the running loop raises RuntimeError
    Given the program:
      """python
      def nested():
          inner = loop.create_future()
          try:
              loop.run_until_complete(inner)
          except RuntimeError:
              record("refused with RuntimeError")
          loop.stop()

      loop.call_soon(nested)
      loop.run_forever()
      record("outer run_forever returned")
      """
    Then the trace is:
      """
      refused with RuntimeError
      outer run_forever returned
      """

  @LOOP-NEST-3
  Scenario: The coroutine given to the refused run_until_complete is never run
    Given the program:
      """python
      async def inner():
          record("inner ran")

      async def outer():
          try:
              loop.run_until_complete(inner())
          except RuntimeError:
              record("refused with RuntimeError")
          await asyncio.sleep(0.01)
          record("outer done")

      loop.run_until_complete(outer())
      """
    Then the trace is:
      """
      refused with RuntimeError
      outer done
      """

  @LOOP-NEST-4
  Scenario: The error of a nested run_forever reads "This event loop is already running"
    Given the program:
      """python
      async def nested():
          try:
              loop.run_forever()
          except RuntimeError as e:
              record("error", e)

      loop.run_until_complete(nested())
      """
    Then the trace is:
      """
      error: RuntimeError('This event loop is already running')
      """

  @LOOP-NEST-4
  Scenario: The error of a nested run_until_complete reads "This event loop is already running"
    Given the program:
      """python
      def nested():
          inner = loop.create_future()
          try:
              loop.run_until_complete(inner)
          except RuntimeError as e:
              record("error", e)
          loop.stop()

      loop.call_soon(nested)
      loop.run_forever()
      """
    Then the trace is:
      """
      error: RuntimeError('This event loop is already running')
      """
