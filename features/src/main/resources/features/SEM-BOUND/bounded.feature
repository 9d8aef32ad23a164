Feature: BoundedSemaphore refuses to be released above its initial value
  The asyncio documentation of BoundedSemaphore: "a version of Semaphore that raises a ValueError in
  release() if it increases the internal counter above the initial value."

  @SEM-BOUND-1
  Scenario: release() above the initial value raises ValueError and leaves the counter as it was
    Given the program:
      """python
      async def main():
          sem = asyncio.BoundedSemaphore(2)
          try:
              sem.release()
          except ValueError as e:
              record("release above the initial value", e)
          await sem.acquire()
          sem.release()
          record("release after an acquire")
          await sem.acquire()
          await sem.acquire()
          record("two acquired, locked", sem.locked())
          sem.release()
          sem.release()
          try:
              sem.release()
          except ValueError as e:
              record("third release", e)
          await sem.acquire()
          await sem.acquire()
          record("still two to take, locked", sem.locked())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      release above the initial value: ValueError('BoundedSemaphore released too many times')
      release after an acquire
      two acquired, locked: True
      third release: ValueError('BoundedSemaphore released too many times')
      still two to take, locked: True
      """
