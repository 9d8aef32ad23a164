Feature: Cancellation messages and the count of cancellation requests (Python 3.11+)
  The asyncio documentation of Task.cancel(msg=None): "Changed in version 3.11: The msg
  parameter is propagated from cancelled task to its awaiter." — of Task.cancelling(): "Return
  the number of pending cancellation requests to this Task, i.e., the number of calls to
  cancel() less the number of uncancel() calls." — and of Task.uncancel(): "Decrement the
  count of cancellation requests to this Task. Returns the remaining number of cancellation
  requests."

  @TASK-CANCEL-7
  Scenario: The awaiter of a task cancelled with a message sees that message
    Given the program:
      """python
      async def sleeper():
          try:
              await asyncio.sleep(10)
          except CancelledError as e:
              record("the coroutine sees", e)
              raise

      async def main():
          t = loop.create_task(sleeper())
          await asyncio.sleep(0)
          t.cancel("stop now")
          try:
              await t
          except CancelledError as e:
              record("the awaiter sees", e)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the coroutine sees: CancelledError('stop now')
      the awaiter sees: CancelledError('stop now')
      """

  @TASK-CANCEL-7
  Scenario: run_until_complete of a task cancelled with a message raises CancelledError with it
    Given the program:
      """python
      async def sleeper():
          await asyncio.sleep(10)

      t = loop.create_task(sleeper())
      loop.call_later(0.01, t.cancel, "timed out by a callback")
      loop.run_until_complete(t)
      """
    Then the trace is:
      """
      !raised: CancelledError('timed out by a callback')
      """

  @TASK-CANCEL-8
  Scenario: cancelling() counts the cancel() requests and uncancel() decrements it, not below 0
    Given the program:
      """python
      async def sleeper():
          await asyncio.sleep(10)

      async def main():
          t = loop.create_task(sleeper())
          await asyncio.sleep(0)
          record("before cancel()", t.cancelling())
          t.cancel()
          record("after one cancel()", t.cancelling())
          t.cancel()
          record("after two cancel()", t.cancelling())
          record("uncancel()", t.uncancel())
          record("uncancel() again", t.uncancel())
          record("uncancel() at 0", t.uncancel())
          record("cancelling()", t.cancelling())
          try:
              await t
          except CancelledError:
              record("awaiter sees CancelledError")

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      before cancel(): 0
      after one cancel(): 1
      after two cancel(): 2
      uncancel(): 1
      uncancel() again: 0
      uncancel() at 0: 0
      cancelling(): 0
      awaiter sees CancelledError
      """

  @TASK-CANCEL-8
  Scenario: A task that catches its cancellation sees cancelling() 1 until it calls uncancel()
    Given the program:
      """python
      async def stubborn():
          try:
              await asyncio.sleep(10)
          except CancelledError:
              me = asyncio.current_task()
              record("cancelling() in the handler", me.cancelling())
              record("uncancel()", me.uncancel())
          return "recovered"

      t = loop.create_task(stubborn())
      loop.call_later(0.01, t.cancel)
      record("result", loop.run_until_complete(t))
      record("cancelling() after", t.cancelling())
      record("cancelled", t.cancelled())
      """
    Then the trace is:
      """
      cancelling() in the handler: 1
      uncancel(): 0
      result: 'recovered'
      cancelling() after: 0
      cancelled: False
      """

  @TASK-CANCEL-7
  Scenario: The message given to a gather's cancel() reaches its awaiter through the cancelled children
    Given the program:
      """python
      async def child():
          await asyncio.sleep(10)

      async def main():
          g = asyncio.gather(child(), child())
          await asyncio.sleep(0)
          g.cancel("stop now")
          try:
              await g
          except CancelledError as e:
              record("awaiter", e)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      awaiter: CancelledError('stop now')
      """

  @TASK-CANCEL-9
  Scenario: uncancel() to zero withdraws a cancellation not yet delivered, before the first step and by the task itself; above zero the task is still cancelled
    Given the program:
      """python
      async def work(n):
          record("runs", n)
          await asyncio.sleep(0)
          record("resumes", n)
          return n

      async def itself():
          me = asyncio.current_task()
          me.cancel()
          record("uncancel", me.uncancel())
          try:
              await asyncio.sleep(0)
              record("sleep returns")
          except asyncio.CancelledError:
              record("sleep cancelled")

      async def main():
          t = loop.create_task(work(1))
          t.cancel()
          record("uncancel", t.uncancel())
          try:
              r = await t
              record("result", r)
          except asyncio.CancelledError:
              record("cancelled")
          t = loop.create_task(work(2))
          t.cancel()
          t.cancel()
          record("uncancel", t.uncancel())
          try:
              r = await t
              record("result", r)
          except asyncio.CancelledError:
              record("cancelled")
          t = loop.create_task(itself())
          await t

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      uncancel: 0
      runs: 1
      resumes: 1
      result: 1
      uncancel: 1
      cancelled
      uncancel: 0
      sleep returns
      """
