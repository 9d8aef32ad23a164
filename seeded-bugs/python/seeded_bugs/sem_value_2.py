"""SEM-VALUE-2: the initial value is 1, never below 0, and release() adds one.
Broken: Semaphore.__init__ (CPython 3.11's, patched when this module is imported, and so also
BoundedSemaphore's) has no check of the initial value: Semaphore(-1) makes a semaphore instead of
raising ValueError('Semaphore initial value must be >= 0').
"""

import asyncio


def __init__(self, value=1):
    # bug: no "if value < 0: raise ValueError('Semaphore initial value must be >= 0')"
    self._waiters = None
    self._value = value


asyncio.Semaphore.__init__ = __init__


def new_event_loop():
    return asyncio.SelectorEventLoop()
