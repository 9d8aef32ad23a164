"""BARRIER-WAIT-1: wait() returns once parties tasks wait, each with its index.
Broken: Barrier.wait (CPython 3.11's, patched when this module is imported) counts the index from
1, as a count of arrivals, instead of from 0.
"""

import asyncio
from asyncio import locks


async def wait(self):
    async with self._cond:
        await self._block()
        try:
            self._count += 1
            index = self._count  # bug: the index of the first task is 1, not 0
            if index == self._parties:
                await self._release()
            else:
                await self._wait()
            return index
        finally:
            self._count -= 1
            self._exit()


locks.Barrier.wait = wait


def new_event_loop():
    return asyncio.SelectorEventLoop()
