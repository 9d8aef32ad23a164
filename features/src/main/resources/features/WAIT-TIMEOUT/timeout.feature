Feature: wait with a timeout returns the unfinished futures as pending
  The asyncio documentation of asyncio.wait(): "timeout (a float or int), if specified, can be
  used to control the maximum number of seconds to wait before returning. Note that this
  function does not raise TimeoutError. Futures or Tasks that aren't done when the timeout
  occurs are simply returned in the second set."

  @WAIT-TIMEOUT-1
  Scenario: On timeout wait returns the unfinished task as pending without cancelling it
    Given the program:
      """python
      async def sleeper():
          await asyncio.sleep(10)

      async def main():
          child = loop.create_task(sleeper())
          result = await asyncio.wait({child}, timeout=0.01)
          record("result", result)
          record("child (done, cancelled)", (child.done(), child.cancelled()))
          child.cancel()
          try:
              await child
          except CancelledError:
              record("child cancelled by the program")

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      result: (set(), {child})
      child (done, cancelled): (False, False)
      child cancelled by the program
      """

  @WAIT-TIMEOUT-1
  Scenario: On timeout the futures that are done are in the first set and the others in the second
    Given the program:
      """python
      async def child(delay):
          await asyncio.sleep(delay)
          return delay

      async def main():
          fast = loop.create_task(child(0))
          slow = loop.create_task(child(10))
          value = await fast
          result = await asyncio.wait({fast, slow}, timeout=0.01)
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
