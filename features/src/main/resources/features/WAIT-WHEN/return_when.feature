Feature: return_when chooses when wait returns
  The asyncio documentation of asyncio.wait(): "return_when indicates when this function
  should return. It must be one of the following constants: FIRST_COMPLETED — The function
  will return when any future finishes or is cancelled. FIRST_EXCEPTION — The function will
  return when any future finishes by raising an exception. If no future raises an exception
  then it is equivalent to ALL_COMPLETED."

  @WAIT-WHEN-1
  Scenario: FIRST_COMPLETED returns when the first future finishes
    Given the program:
      """python
      async def child(delay):
          await asyncio.sleep(delay)
          return delay

      async def main():
          fast = loop.create_task(child(0.01))
          slow = loop.create_task(child(10))
          result = await asyncio.wait({fast, slow}, return_when=asyncio.FIRST_COMPLETED)
          record("result", result)
          record("slow (done, cancelled)", (slow.done(), slow.cancelled()))
          slow.cancel()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      result: ({fast}, {slow})
      slow (done, cancelled): (False, False)
      """

  @WAIT-WHEN-1
  Scenario: FIRST_COMPLETED returns when the first future is cancelled
    Given the program:
      """python
      async def sleeper():
          await asyncio.sleep(10)

      async def main():
          f = loop.create_future()
          slow = loop.create_task(sleeper())
          loop.call_later(0.01, f.cancel)
          result = await asyncio.wait({f, slow}, return_when=asyncio.FIRST_COMPLETED)
          record("result", result)
          slow.cancel()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      result: ({f}, {slow})
      """

  @WAIT-WHEN-2
  Scenario: FIRST_EXCEPTION returns when a future raises
    Given the program:
      """python
      async def fails():
          await asyncio.sleep(0.02)
          raise ValueError("boom")

      async def child(delay):
          await asyncio.sleep(delay)
          return delay

      async def main():
          ok = loop.create_task(child(0.01))
          bad = loop.create_task(fails())
          slow = loop.create_task(child(10))
          result = await asyncio.wait({ok, bad, slow}, return_when=asyncio.FIRST_EXCEPTION)
          record("result", result)
          record("exception", bad.exception())
          slow.cancel()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      result: ({bad, ok}, {slow})
      exception: ValueError('boom')
      """

  @WAIT-WHEN-2
  Scenario: FIRST_EXCEPTION waits for all futures when none raises
    Given the program:
      """python
      async def child(name, delay):
          await asyncio.sleep(delay)
          record("finished", name)
          return name

      async def main():
          a = loop.create_task(child("a", 0.01))
          b = loop.create_task(child("b", 0.02))
          result = await asyncio.wait({a, b}, return_when=asyncio.FIRST_EXCEPTION)
          record("result", result)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      finished: 'a'
      finished: 'b'
      result: ({a, b}, set())
      """

  @WAIT-WHEN-2
  Scenario: FIRST_EXCEPTION does not return for a cancelled future
    Given the program:
      """python
      async def child():
          await asyncio.sleep(0.02)
          return "child"

      async def main():
          f = loop.create_future()
          t = loop.create_task(child())
          loop.call_later(0.01, f.cancel)
          result = await asyncio.wait({f, t}, return_when=asyncio.FIRST_EXCEPTION)
          record("result", result)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      result: ({f, t}, set())
      """
