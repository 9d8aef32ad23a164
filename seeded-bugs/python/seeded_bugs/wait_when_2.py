"""WAIT-WHEN-2: FIRST_EXCEPTION returns at the first exception, else when all are done.
Broken: the completion test of asyncio.wait (patched when this module is imported) returns on
any completion for FIRST_EXCEPTION, as for FIRST_COMPLETED.
"""

import asyncio
from asyncio import tasks

_asyncio_wait = asyncio.wait


async def wait(fs, *, timeout=None, return_when=asyncio.ALL_COMPLETED):
    if return_when == asyncio.FIRST_EXCEPTION:
        return_when = asyncio.FIRST_COMPLETED  # bug
    return await _asyncio_wait(fs, timeout=timeout, return_when=return_when)


asyncio.wait = tasks.wait = wait


def new_event_loop():
    return asyncio.SelectorEventLoop()
