"""WAIT-WHEN-1: wait(return_when=FIRST_COMPLETED) returns as soon as one future is done.
Broken: the completion test of asyncio.wait (patched when this module is imported) forgets the
FIRST_COMPLETED case, so FIRST_COMPLETED waits for all the futures, as ALL_COMPLETED does.
"""

import asyncio
from asyncio import tasks

_asyncio_wait = asyncio.wait


async def wait(fs, *, timeout=None, return_when=asyncio.ALL_COMPLETED):
    if return_when == asyncio.FIRST_COMPLETED:
        return_when = asyncio.ALL_COMPLETED  # bug
    return await _asyncio_wait(fs, timeout=timeout, return_when=return_when)


asyncio.wait = tasks.wait = wait


def new_event_loop():
    return asyncio.SelectorEventLoop()
