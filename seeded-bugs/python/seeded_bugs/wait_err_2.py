"""WAIT-ERR-2: wait() rejects bare coroutines with TypeError (Python 3.11+).
Broken: asyncio.wait (patched when this module is imported) wraps the coroutines it is given in
tasks and waits for them, as Python 3.10 did.
"""

import asyncio
from asyncio import coroutines, tasks

_asyncio_wait = asyncio.wait


async def wait(fs, *, timeout=None, return_when=asyncio.ALL_COMPLETED):
    fs = {asyncio.ensure_future(f) if coroutines.iscoroutine(f) else f
          for f in set(fs)}  # bug: should raise TypeError
    return await _asyncio_wait(fs, timeout=timeout, return_when=return_when)


asyncio.wait = tasks.wait = wait


def new_event_loop():
    return asyncio.SelectorEventLoop()
