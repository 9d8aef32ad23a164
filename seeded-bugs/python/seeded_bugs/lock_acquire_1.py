"""LOCK-ACQUIRE-1: acquire() takes an unlocked lock at once; the lock is not re-entrant.
Broken: Lock.acquire (CPython 3.11's, patched when this module is imported) takes the fast path
whenever nobody waits for the lock, without testing whether it is locked: a second acquire() of a
held lock, with no other waiter, returns True at once instead of waiting for release().
"""

import asyncio
import collections
from asyncio import exceptions


async def acquire(self):
    # bug: "not self._locked and" is missing: "free" is taken to mean "nobody waits"
    if self._waiters is None or all(w.cancelled() for w in self._waiters):
        self._locked = True
        return True

    if self._waiters is None:
        self._waiters = collections.deque()
    fut = self._get_loop().create_future()
    self._waiters.append(fut)
    try:
        try:
            await fut
        finally:
            self._waiters.remove(fut)
    except exceptions.CancelledError:
        if not self._locked:
            self._wake_up_first()
        raise

    self._locked = True
    return True


asyncio.Lock.acquire = acquire


def new_event_loop():
    return asyncio.SelectorEventLoop()
