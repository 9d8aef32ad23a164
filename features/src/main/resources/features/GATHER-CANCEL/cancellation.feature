Feature: Cancellation and gather
  The asyncio documentation of asyncio.gather(): "If gather() is cancelled, all submitted
  awaitables (that have not completed yet) are also cancelled. If any Task or Future from the
  aws sequence is cancelled, it is treated as if it raised CancelledError – the gather() call
  is not cancelled in this case."

  @GATHER-CANCEL-1
  Scenario: Cancelling the gather future cancels the children that are not done
    Given the program:
      """python
      async def fast():
          return "fast"

      async def slow():
          try:
              await asyncio.sleep(10)
          except CancelledError:
              record("slow cancelled")
              raise

      async def main():
          f = loop.create_task(fast())
          s = loop.create_task(slow())
          g = asyncio.gather(f, s)
          value = await f
          record("gather cancel()", g.cancel())
          try:
              await g
          except CancelledError:
              record("awaiting gather raised CancelledError")
          record("fast (cancelled, result)", (f.cancelled(), f.result()))
          record("slow cancelled", s.cancelled())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      gather cancel(): True
      slow cancelled
      awaiting gather raised CancelledError
      fast (cancelled, result): (False, 'fast')
      slow cancelled: True
      """

  @GATHER-CANCEL-1
  Scenario: Cancelling the task that awaits gather cancels every child
    Given the program:
      """python
      async def sleeper(name):
          try:
              await asyncio.sleep(10)
          except CancelledError:
              record("cancelled", name)
              raise

      async def waiter():
          try:
              await asyncio.gather(a, b)
          except CancelledError:
              record("waiter sees CancelledError")
              raise

      async def main():
          w = loop.create_task(waiter())
          await asyncio.sleep(0)
          w.cancel()
          try:
              await w
          except CancelledError:
              record("waiter cancelled", w.cancelled())
          record("children cancelled", (a.cancelled(), b.cancelled()))

      a = loop.create_task(sleeper("a"))
      b = loop.create_task(sleeper("b"))
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      cancelled: 'a'
      cancelled: 'b'
      waiter sees CancelledError
      waiter cancelled: True
      children cancelled: (True, True)
      """

  @GATHER-CANCEL-2
  Scenario: A cancelled child makes gather raise CancelledError without cancelling gather or the other children
    Given the program:
      """python
      async def sleeper():
          await asyncio.sleep(10)

      async def slow():
          await asyncio.sleep(0.02)
          return "slow result"

      async def main():
          a = loop.create_task(sleeper())
          b = loop.create_task(slow())
          g = asyncio.gather(a, b)
          await asyncio.sleep(0)
          a.cancel()
          try:
              await g
          except CancelledError:
              record("gather raised CancelledError")
          record("gather (done, cancelled)", (g.done(), g.cancelled()))
          record("other child cancelled", b.cancelled())
          value = await b
          record("other child", value)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      gather raised CancelledError
      gather (done, cancelled): (True, False)
      other child cancelled: False
      other child: 'slow result'
      """

  @GATHER-CANCEL-1
  Scenario: cancel() on a gather returns True when it cancels a child, False once the gather is done
    Given the program:
      """python
      async def child():
          await asyncio.sleep(10)

      async def main():
          g = asyncio.gather(child(), child())
          await asyncio.sleep(0)
          record("cancel", g.cancel())
          try:
              await g
          except CancelledError:
              record("awaiting the gather raised CancelledError")
          record("cancel after done", g.cancel())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      cancel: True
      awaiting the gather raised CancelledError
      cancel after done: False
      """

  @GATHER-CANCEL-1
  Scenario: Cancelling a gather with return_exceptions=True still makes its awaiter see CancelledError
    Given the program:
      """python
      async def child():
          await asyncio.sleep(10)

      async def main():
          g = asyncio.gather(child(), child(), return_exceptions=True)
          await asyncio.sleep(0)
          record("cancel", g.cancel())
          try:
              await g
              record("no exception")
          except CancelledError:
              record("awaiting the gather raised CancelledError")

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      cancel: True
      awaiting the gather raised CancelledError
      """

  @GATHER-CANCEL-1
  Scenario: cancel() on a gather whose children are all done returns False, and the gather gives its result
    Given the program:
      """python
      async def main():
          f = loop.create_future()
          g = asyncio.gather(f)
          f.set_result(1)
          record("cancel", g.cancel())
          result = await g
          record("result", result)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      cancel: False
      result: [1]
      """
