"""BARRIER-ABORT-1: abort() breaks the barrier until it is reset.
Broken: Barrier._wait (CPython 3.11's, patched when this module is imported) gives the tasks waiting
when the barrier breaks the message of a later wait, 'Barrier aborted', whether it was aborted or
reset.
"""

import asyncio
from asyncio import exceptions, locks


async def _wait(self):
    await self._cond.wait_for(lambda: self._state is not locks._BarrierState.FILLING)
    if self._state in (locks._BarrierState.BROKEN, locks._BarrierState.RESETTING):
        if self._state is locks._BarrierState.BROKEN:
            raise exceptions.BrokenBarrierError("Barrier aborted")  # bug: "Abort or reset of barrier"
        raise exceptions.BrokenBarrierError("Abort or reset of barrier")


locks.Barrier._wait = _wait


def new_event_loop():
    return asyncio.SelectorEventLoop()
