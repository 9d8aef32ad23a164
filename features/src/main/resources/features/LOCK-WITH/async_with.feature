Feature: async with acquires and releases
  The asyncio documentation of Lock: "The preferred way to use a Lock is an async with statement".

  @LOCK-WITH-1
  Scenario: async with binds None and releases when the body raises, continues or breaks
    Given the program:
      """python
      async def main():
          lock = asyncio.Lock()
          try:
              async with lock as bound:
                  record("inside", [bound, lock.locked()])
                  raise ValueError("boom")
          except ValueError as e:
              record("propagated", [e, lock.locked()])
          for i in range(2):
              async with lock:
                  if i == 0:
                      continue
                  break
          record("after continue and break", lock.locked())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      inside: [None, True]
      propagated: [ValueError('boom'), False]
      after continue and break: False
      """

  @LOCK-WITH-1
  Scenario: async with on a Lock, a Semaphore(1) and a Condition lets one task in at a time
    Given the program:
      """python
      async def holder(m, name):
          async with m:
              record("holds", name)
              await asyncio.sleep(0)
              record("leaves", name)

      async def main():
          for m in [asyncio.Lock(), asyncio.Semaphore(1), asyncio.Condition()]:
              await asyncio.gather(holder(m, "a"), holder(m, "b"))
              record("locked", m.locked())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      holds: 'a'
      leaves: 'a'
      holds: 'b'
      leaves: 'b'
      locked: False
      holds: 'a'
      leaves: 'a'
      holds: 'b'
      leaves: 'b'
      locked: False
      holds: 'a'
      leaves: 'a'
      holds: 'b'
      leaves: 'b'
      locked: False
      """
