"""LOCK-FAIR-1: waiting acquires are served in the order they started waiting.
Broken: Lock.acquire (CPython 3.11's, patched when this module is imported) is a "barging" lock: it
takes an unlocked lock at once even while other tasks wait for it, and a woken waiter that finds
the lock taken again waits again, at the back. An acquire() that comes right after release() woke
the first waiter, before that waiter ran, jumps the queue.
"""

import asyncio
import collections
from asyncio import exceptions


async def acquire(self):
    # bug: "while self._locked", where CPython also makes a newcomer wait while others wait
    while self._locked:
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
