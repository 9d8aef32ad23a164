"""SLEEP-RESULT-1: await asyncio.sleep(delay, result) returns result.
Broken: asyncio.sleep (patched when this module is imported) accepts result but returns None.
"""

import asyncio
from asyncio import tasks

_asyncio_sleep = asyncio.sleep


async def sleep(delay, result=None):
    await _asyncio_sleep(delay)  # bug: `return await _asyncio_sleep(delay, result)`


asyncio.sleep = tasks.sleep = sleep


def new_event_loop():
    return asyncio.SelectorEventLoop()
