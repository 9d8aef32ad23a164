Feature: The counter of a semaphore
  The asyncio documentation of Semaphore: "The counter can never go below zero; when acquire() finds
  that it is zero, it blocks, waiting until some task calls release()."

  @SEM-VALUE-1
  Scenario: Semaphore(2) lets two tasks hold it at once and the others wait
    Given the program:
      """python
      async def holder(sem, name):
          await sem.acquire()
          record("holds", [name, sem.locked()])
          await asyncio.sleep(0)
          await asyncio.sleep(0)
          record("releases", name)
          sem.release()

      async def main():
          sem = asyncio.Semaphore(2)
          record("locked", sem.locked())
          tasks = []
          for name in ["t0", "t1", "t2", "t3"]:
              tasks = tasks + [loop.create_task(holder(sem, name))]
          for t in tasks:
              await t
          record("locked", sem.locked())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      locked: False
      holds: ['t0', False]
      holds: ['t1', True]
      releases: 't0'
      releases: 't1'
      holds: ['t2', True]
      holds: ['t3', True]
      releases: 't2'
      releases: 't3'
      locked: False
      """

  @SEM-VALUE-1
  Scenario: two acquires of Semaphore(2) return True at once; locked() tells whether a third would wait
    Given the program:
      """python
      async def main():
          sem = asyncio.Semaphore(2)
          r1 = await sem.acquire()
          r2 = await sem.acquire()
          record("two acquires", [r1, r2, sem.locked()])
          sem.release()
          record("one released, locked", sem.locked())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      two acquires: [True, True, True]
      one released, locked: False
      """

  @SEM-VALUE-2
  Scenario: a negative initial value raises ValueError
    Given the program:
      """python
      try:
          asyncio.Semaphore(-1)
      except ValueError as e:
          record("Semaphore(-1)", e)
      try:
          asyncio.BoundedSemaphore(-1)
      except ValueError as e:
          record("BoundedSemaphore(-1)", e)
      """
    Then the trace is:
      """
      Semaphore(-1): ValueError('Semaphore initial value must be >= 0')
      BoundedSemaphore(-1): ValueError('Semaphore initial value must be >= 0')
      """

  @SEM-VALUE-2
  Scenario: the default value is 1, and release() without acquire() adds one
    Given the program:
      """python
      async def main():
          sem = asyncio.Semaphore()
          await sem.acquire()
          record("default value 1, locked after one acquire", sem.locked())
          sem.release()
          sem = asyncio.Semaphore(0)
          record("Semaphore(0) locked", sem.locked())
          sem.release()
          sem.release()
          await sem.acquire()
          record("after two releases and one acquire, locked", sem.locked())
          await sem.acquire()
          record("after the second acquire, locked", sem.locked())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      default value 1, locked after one acquire: True
      Semaphore(0) locked: True
      after two releases and one acquire, locked: False
      after the second acquire, locked: True
      """
