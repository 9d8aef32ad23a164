"""WAIT-RESULT-1: wait() returns (done, pending) as two sets.
Broken: asyncio.wait (patched when this module is imported) returns the done and the pending
futures as two lists, as an implementer building them with list comprehensions would.
"""

import asyncio
from asyncio import tasks

_asyncio_wait = asyncio.wait


async def wait(fs, *, timeout=None, return_when=asyncio.ALL_COMPLETED):
    done, pending = await _asyncio_wait(fs, timeout=timeout, return_when=return_when)
    return list(done), list(pending)  # bug: lists, not sets


asyncio.wait = tasks.wait = wait


def new_event_loop():
    return asyncio.SelectorEventLoop()
