"""WAIT-ERR-1: wait() on an empty iterable raises ValueError('Set of Tasks/Futures is empty.').
Broken: asyncio.wait (patched when this module is imported) returns two empty sets at once for
an empty iterable ("nothing to wait for").
"""

import asyncio
from asyncio import tasks

_asyncio_wait = asyncio.wait


async def wait(fs, *, timeout=None, return_when=asyncio.ALL_COMPLETED):
    fs = set(fs)
    if not fs:
        return set(), set()  # bug: should raise ValueError
    return await _asyncio_wait(fs, timeout=timeout, return_when=return_when)


asyncio.wait = tasks.wait = wait


def new_event_loop():
    return asyncio.SelectorEventLoop()
