"""SEM-FAIR-1: waiting acquires are served in the order they started waiting.
Broken: Semaphore.acquire (CPython 3.11's, patched when this module is imported) takes the fast path
whenever the counter is above zero, without looking at the waiters: an acquire() that comes while
woken waiters have not run yet takes the count ahead of them.
"""

import asyncio
import collections
from asyncio import exceptions


async def acquire(self):
    if self._value > 0:  # bug: "if not self.locked()", which also counts the waiters
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
            self._value += 1
            self._wake_up_next()
        raise

    if self._value > 0:
        self._wake_up_next()
    return True


asyncio.Semaphore.acquire = acquire


def new_event_loop():
    return asyncio.SelectorEventLoop()
