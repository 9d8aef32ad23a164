"""TASK-AWAIT-2: a coroutine of asyncio's (asyncio.sleep(), Lock.acquire(), ...) can be awaited once;
awaiting it again raises RuntimeError('cannot reuse already awaited coroutine').
Broken: asyncio.sleep (patched when this module is imported) returns a small awaitable object
instead of a coroutine, whose __await__ starts CPython's sleep afresh each time: awaiting it a
second time sleeps again and succeeds.
"""

import asyncio
from asyncio import tasks

_asyncio_sleep = asyncio.sleep


class _Sleep:
    """What sleep(delay, result) returns: awaiting it sleeps delay seconds and gives result."""

    __slots__ = ("_delay", "_result")

    def __init__(self, delay, result):
        self._delay = delay
        self._result = result

    def __await__(self):
        # bug: a new coroutine at each await, where a coroutine object runs only once
        return _asyncio_sleep(self._delay, self._result).__await__()


def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
    return _Sleep(delay, result)


asyncio.sleep = tasks.sleep = sleep


def new_event_loop():
    return asyncio.SelectorEventLoop()
