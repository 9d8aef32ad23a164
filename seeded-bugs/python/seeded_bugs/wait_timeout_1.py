"""WAIT-TIMEOUT-1: on timeout, wait() returns the unfinished futures in pending, untouched.
Broken: asyncio.wait (patched when this module is imported) cancels the futures still pending
when it returns after a timeout, as wait_for() does.
"""

import asyncio
from asyncio import tasks

_asyncio_wait = asyncio.wait


async def wait(fs, *, timeout=None, return_when=asyncio.ALL_COMPLETED):
    done, pending = await _asyncio_wait(fs, timeout=timeout, return_when=return_when)
    if timeout is not None:
        for f in pending:
            f.cancel()  # bug: wait() never cancels what it waits for
    return done, pending


asyncio.wait = tasks.wait = wait


def new_event_loop():
    return asyncio.SelectorEventLoop()
