"""BARRIER-STATE-1: parties, n_waiting and broken; Barrier(0) raises ValueError.
Broken: Barrier.n_waiting (CPython 3.11's, replaced when this module is imported) counts the tasks
inside the barrier whatever its state, so the tasks let through and not yet gone count as waiting.
"""

import asyncio
from asyncio import locks


def n_waiting(self):
    return self._count  # bug: 0 only while filling in asyncio


locks.Barrier.n_waiting = property(n_waiting)


def new_event_loop():
    return asyncio.SelectorEventLoop()
