Feature: release() of an unlocked lock raises RuntimeError
  The asyncio documentation of Lock.release: "If the lock is unlocked, a RuntimeError is raised."

  @LOCK-RELEASE-1
  Scenario: release() of a new lock raises RuntimeError('Lock is not acquired.')
    Given the program:
      """python
      lock = asyncio.Lock()
      try:
          lock.release()
      except RuntimeError as e:
          record("release of an unlocked lock", e)
      record("locked", lock.locked())
      """
    Then the trace is:
      """
      release of an unlocked lock: RuntimeError('Lock is not acquired.')
      locked: False
      """
