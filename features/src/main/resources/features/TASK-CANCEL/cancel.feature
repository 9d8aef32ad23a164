Feature: Cancelling a task throws CancelledError into its coroutine
  The asyncio documentation of Task.cancel(msg=None): "Request the Task to be cancelled. This
  arranges for a CancelledError exception to be thrown into the wrapped coroutine on the next
  cycle of the event loop. The coroutine then has a chance to clean up or even deny the request
  by suppressing the exception with a try … except CancelledError … finally block." and of
  Task.cancelled(): "The Task is cancelled when the cancellation was requested with cancel()
  and the wrapped coroutine propagated the CancelledError exception thrown into it."

  @TASK-CANCEL-1
  Scenario: CancelledError is raised at the await where the coroutine is suspended
    Given the program:
      """python
      async def sleeper():
          record("before the sleep")
          try:
              await asyncio.sleep(10)
              record("after the sleep")
          except CancelledError as e:
              record("raised at the sleep", e)
              raise

      async def main():
          t = loop.create_task(sleeper())
          await asyncio.sleep(0)
          record("cancel()", t.cancel())
          record("done right after cancel()", t.done())
          try:
              await t
          except CancelledError:
              record("awaiter sees CancelledError")

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      before the sleep
      cancel(): True
      done right after cancel(): False
      raised at the sleep: CancelledError()
      awaiter sees CancelledError
      """

  @TASK-CANCEL-2
  Scenario: The finally blocks of a cancelled coroutine run
    Given the program:
      """python
      async def worker():
          try:
              try:
                  await asyncio.sleep(10)
              finally:
                  record("inner finally")
          finally:
              record("outer finally")

      async def main():
          t = loop.create_task(worker())
          await asyncio.sleep(0)
          t.cancel()
          try:
              await t
          except CancelledError:
              record("awaiter sees CancelledError")

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      inner finally
      outer finally
      awaiter sees CancelledError
      """

  @TASK-CANCEL-2
  Scenario: A finally block that awaits completes before the awaiter sees the cancellation
    Given the program:
      """python
      async def worker():
          try:
              await asyncio.sleep(10)
          finally:
              record("cleanup starts")
              await asyncio.sleep(0.01)
              record("cleanup done")

      async def main():
          t = loop.create_task(worker())
          await asyncio.sleep(0)
          t.cancel()
          try:
              await t
          except CancelledError:
              record("awaiter sees CancelledError")

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      cleanup starts
      cleanup done
      awaiter sees CancelledError
      """

  @TASK-CANCEL-3
  Scenario: The awaiter of a cancelled task sees CancelledError and the task ends cancelled
    Given the program:
      """python
      async def sleeper():
          await asyncio.sleep(10)

      async def main():
          t = loop.create_task(sleeper())
          await asyncio.sleep(0)
          t.cancel()
          try:
              await t
          except CancelledError as e:
              record("awaiter sees", e)
          record("(done, cancelled)", (t.done(), t.cancelled()))
          try:
              t.result()
          except CancelledError as e:
              record("result() raises", e)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      awaiter sees: CancelledError()
      (done, cancelled): (True, True)
      result() raises: CancelledError()
      """

  @TASK-CANCEL-4
  Scenario: A task cancelled by its creator in the same step never runs its body, not even its finally
    Given the program:
      """python
      async def body():
          try:
              record("body runs")
          finally:
              record("finally runs")

      async def main():
          t = loop.create_task(body())
          t.cancel()
          try:
              await t
          except CancelledError:
              record("awaiter sees CancelledError")

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      awaiter sees CancelledError
      """

  @TASK-CANCEL-5
  Scenario: cancel() on a task that is already done returns False
    Given the program:
      """python
      async def returns():
          return 1

      async def raises():
          raise ValueError("boom")

      async def sleeper():
          await asyncio.sleep(10)

      async def main():
          ok = loop.create_task(returns())
          failed = loop.create_task(raises())
          cancelled = loop.create_task(sleeper())
          await asyncio.sleep(0)
          cancelled.cancel()
          await asyncio.sleep(0)
          record("done", (ok.done(), failed.done(), cancelled.done()))
          record("cancel() with a result", ok.cancel())
          record("cancel() with an exception", failed.cancel())
          record("cancel() when cancelled", cancelled.cancel())
          record("result", ok.result())
          record("exception", failed.exception())
          record("cancelled", (ok.cancelled(), failed.cancelled(), cancelled.cancelled()))

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      done: (True, True, True)
      cancel() with a result: False
      cancel() with an exception: False
      cancel() when cancelled: False
      result: 1
      exception: ValueError('boom')
      cancelled: (False, False, True)
      """

  @TASK-CANCEL-6
  Scenario: A coroutine that catches CancelledError and returns normally leaves its task not cancelled
    Given the program:
      """python
      async def stubborn():
          try:
              await asyncio.sleep(10)
          except CancelledError:
              record("caught CancelledError")
          return "swallowed"

      async def main():
          t = loop.create_task(stubborn())
          await asyncio.sleep(0)
          record("cancel()", t.cancel())
          value = await t
          record("awaited", value)
          record("(done, cancelled)", (t.done(), t.cancelled()))
          record("result", t.result())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      cancel(): True
      caught CancelledError
      awaited: 'swallowed'
      (done, cancelled): (True, False)
      result: 'swallowed'
      """

  @TASK-CANCEL-1
  Scenario: A cancel that arrives after the awaited future completed is raised when the task resumes
    Given the program:
      """python
      async def waiter():
          try:
              await fut
              record("resumed normally")
          except CancelledError:
              record("cancelled at the await")
              raise

      async def main():
          t = loop.create_task(waiter())
          await asyncio.sleep(0)
          fut.set_result(1)
          record("cancel", t.cancel())
          try:
              await t
          except CancelledError:
              record("task cancelled", t.cancelled())

      fut = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      cancel: True
      cancelled at the await
      task cancelled: True
      """

  @TASK-CANCEL-1
  Scenario: A cancel that arrives after the awaited future failed is raised instead of the failure
    Given the program:
      """python
      async def waiter():
          try:
              await fut
          except ValueError:
              record("saw the ValueError")
          except CancelledError:
              record("saw CancelledError")
              raise

      async def main():
          t = loop.create_task(waiter())
          await asyncio.sleep(0)
          fut.set_exception(ValueError("failed"))
          t.cancel()
          try:
              await t
          except CancelledError:
              record("task cancelled", t.cancelled())

      fut = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      saw CancelledError
      task cancelled: True
      """

  @TASK-CANCEL-1
  Scenario: A task that cancels itself and then awaits a pending future gets CancelledError there, and the future is cancelled
    Given the program:
      """python
      async def main():
          asyncio.current_task().cancel()
          try:
              await fut
          except CancelledError:
              record("CancelledError at await fut")
              record("future cancelled", fut.cancelled())
              raise

      fut = loop.create_future()
      try:
          loop.run_until_complete(main())
      except CancelledError:
          record("the task ended cancelled")
      """
    Then the trace is:
      """
      CancelledError at await fut
      future cancelled: True
      the task ended cancelled
      """
