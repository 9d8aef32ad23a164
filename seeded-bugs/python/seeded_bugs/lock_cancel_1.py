"""LOCK-CANCEL-1: a waiter cancelled before or after it was woken does not take the lock, and no
wake-up is lost.
Broken: Lock.acquire (CPython 3.11's, patched when this module is imported) treats release()'s
wake-up as a hand-over: a waiter cancelled after release() woke it, before it ran, ignores the
cancellation and takes the lock (so as not to lose the wake-up), instead of raising CancelledError
and waking the next waiter.
"""

import asyncio
import collections
from asyncio import exceptions


async def acquire(self):
    if (not self._locked and (self._waiters is None or
            all(w.cancelled() for w in self._waiters))):
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
        if fut.done() and not fut.cancelled() and not self._locked:
            # bug: woken, so the lock is taken as ours: the cancellation is swallowed
            self._locked = True
            return True
        if not self._locked:
            self._wake_up_first()
        raise

    self._locked = True
    return True


asyncio.Lock.acquire = acquire


def new_event_loop():
    return asyncio.SelectorEventLoop()
