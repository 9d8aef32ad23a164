"""COND-WAIT-1: a woken waiter returns from wait() holding the lock, and so does a cancelled one.
Broken: Condition.wait (CPython 3.11's, patched when this module is imported) re-acquires the lock
only after a notify: the re-acquire is not in a "finally", so a waiter whose task is cancelled
lets CancelledError out of wait() without the lock.
"""

import asyncio


async def wait(self):
    if not self.locked():
        raise RuntimeError('cannot wait on un-acquired lock')

    self.release()
    fut = self._get_loop().create_future()
    self._waiters.append(fut)
    try:
        await fut
    finally:
        self._waiters.remove(fut)
    # bug: not in a "finally" that re-acquires the lock even if the wait is cancelled
    await self.acquire()
    return True


asyncio.Condition.wait = wait


def new_event_loop():
    return asyncio.SelectorEventLoop()
