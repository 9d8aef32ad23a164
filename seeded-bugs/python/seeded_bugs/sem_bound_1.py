"""SEM-BOUND-1: releasing a BoundedSemaphore above its initial value raises ValueError.
Broken: BoundedSemaphore.release (CPython 3.11's, patched when this module is imported) tests the
counter with ">" where it means ">=": it raises only when the counter is already above the
initial value, so one release too many succeeds and takes the counter one above it.
"""

import asyncio


def release(self):
    if self._value > self._bound_value:  # bug: ">="
        raise ValueError('BoundedSemaphore released too many times')
    asyncio.Semaphore.release(self)


asyncio.BoundedSemaphore.release = release


def new_event_loop():
    return asyncio.SelectorEventLoop()
