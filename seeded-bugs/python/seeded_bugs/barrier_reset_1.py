"""BARRIER-RESET-1: reset() breaks the waits under way and lets the barrier fill again.
Broken: Barrier.reset (CPython 3.11's, patched when this module is imported) puts the barrier back to
filling at once, even with tasks waiting, so they are not told and keep waiting for the next
parties.
"""

import asyncio
from asyncio import locks


async def reset(self):
    async with self._cond:
        self._state = locks._BarrierState.FILLING  # bug: RESETTING while tasks are inside
        self._cond.notify_all()


locks.Barrier.reset = reset


def new_event_loop():
    return asyncio.SelectorEventLoop()
