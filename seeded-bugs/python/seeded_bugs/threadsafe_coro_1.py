"""THREADSAFE-CORO-1: run_coroutine_threadsafe's future gives the coroutine's value or raises its
exception.
Broken: asyncio.run_coroutine_threadsafe (replaced when this module is imported) loses the
coroutine's exception: its future's result is None instead.
"""

import asyncio
from seeded_bugs import _threadsafe


def lose_exception(task, future):
    if not task.cancelled() and task.exception() is not None:
        future.set_result(None)  # bug: the exception is lost
    else:
        _threadsafe.faithful(task, future)


_threadsafe.install(lose_exception)


def new_event_loop():
    return asyncio.SelectorEventLoop()
