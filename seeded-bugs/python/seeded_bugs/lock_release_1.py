"""LOCK-RELEASE-1: release() of an unlocked lock raises RuntimeError.
Broken: Lock.release (CPython 3.11's, patched when this module is imported) silently returns when
the lock is not locked, instead of raising RuntimeError('Lock is not acquired.').
"""

import asyncio


def release(self):
    if self._locked:
        self._locked = False
        self._wake_up_first()
    # bug: no "else: raise RuntimeError('Lock is not acquired.')"


asyncio.Lock.release = release


def new_event_loop():
    return asyncio.SelectorEventLoop()
