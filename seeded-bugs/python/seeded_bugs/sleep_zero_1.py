"""SLEEP-ZERO-1: sleep(0) suspends the task for exactly one loop iteration.
Broken: asyncio.sleep (patched when this module is imported) has no fast path for a zero
delay: sleep(0) waits on a future set by a call_later(0) timer, which takes two iterations.
"""

import asyncio
from asyncio import events, futures, tasks


async def sleep(delay, result=None):
    # bug: asyncio's "if delay <= 0: yield once" is missing
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


asyncio.sleep = tasks.sleep = sleep


def new_event_loop():
    return asyncio.SelectorEventLoop()
