"""WAIT-WHEN-3: wait() returns only when all futures are done with ALL_COMPLETED, the default.
Broken: asyncio.wait (patched when this module is imported) has the wrong default,
return_when=FIRST_EXCEPTION, so by default it returns at the first exception.
"""

import asyncio
from asyncio import tasks

_asyncio_wait = asyncio.wait


async def wait(fs, *, timeout=None, return_when=asyncio.FIRST_EXCEPTION):  # bug: default
    return await _asyncio_wait(fs, timeout=timeout, return_when=return_when)


asyncio.wait = tasks.wait = wait


def new_event_loop():
    return asyncio.SelectorEventLoop()
