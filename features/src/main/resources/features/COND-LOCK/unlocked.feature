Feature: A condition used without its lock
  The asyncio documentation of Condition.wait: "If the calling task has not acquired the lock when
  this method is called, a RuntimeError is raised."

  @COND-LOCK-1
  Scenario: wait(), notify() and notify_all() without the lock raise RuntimeError
    Given the program:
      """python
      async def main():
          cond = asyncio.Condition()
          try:
              await cond.wait()
          except RuntimeError as e:
              record("wait", e)
          try:
              cond.notify()
          except RuntimeError as e:
              record("notify", e)
          try:
              cond.notify_all()
          except RuntimeError as e:
              record("notify_all", e)
          record("locked", cond.locked())

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      wait: RuntimeError('cannot wait on un-acquired lock')
      notify: RuntimeError('cannot notify on un-acquired lock')
      notify_all: RuntimeError('cannot notify on un-acquired lock')
      locked: False
      """
