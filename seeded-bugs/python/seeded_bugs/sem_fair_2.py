"""SEM-FAIR-2: a waiter cancelled after it was woken hands its turn on.
Broken: Semaphore.acquire (CPython 3.11's, patched when this module is imported) treats release()'s
wake-up as a hand-over: a waiter cancelled after release() woke it, before it ran, keeps the count
it was given and returns True (the cancellation is swallowed), instead of giving the count back,
waking the next waiter and raising CancelledError.
"""

import asyncio
import collections
from asyncio import exceptions


async def acquire(self):
    if not self.locked():
        self._value -= 1
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
        if not fut.cancelled():
            # bug: woken, so the count is taken as ours: the cancellation is swallowed
            # (no "self._value += 1; self._wake_up_next(); raise")
            return True
        raise

    if self._value > 0:
        self._wake_up_next()
    return True


asyncio.Semaphore.acquire = acquire


def new_event_loop():
    return asyncio.SelectorEventLoop()
