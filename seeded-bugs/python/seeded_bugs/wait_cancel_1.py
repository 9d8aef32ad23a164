"""WAIT-CANCEL-1: cancelling the task suspended in wait() does not cancel the futures it waits for.
Broken: asyncio.wait (patched when this module is imported) cancels the futures it waits for
when it is cancelled, cleaning up as wait_for() does.
"""

import asyncio
from asyncio import exceptions, tasks

_asyncio_wait = asyncio.wait


async def wait(fs, *, timeout=None, return_when=asyncio.ALL_COMPLETED):
    fs = set(fs)
    try:
        return await _asyncio_wait(fs, timeout=timeout, return_when=return_when)
    except exceptions.CancelledError:
        for f in fs:
            f.cancel()  # bug: the futures waited for are not wait()'s to cancel
        raise


asyncio.wait = tasks.wait = wait


def new_event_loop():
    return asyncio.SelectorEventLoop()
