"""THREADSAFE-CORO-2: cancelling run_coroutine_threadsafe's future cancels the coroutine's task.
Broken: asyncio.run_coroutine_threadsafe (replaced when this module is imported) chains the task's
outcome to the future but not the future's cancellation to the task: the task runs on.
"""

import asyncio
from seeded_bugs import _threadsafe

_threadsafe.install(_threadsafe.faithful, cancel_back=False)  # bug: no way back


def new_event_loop():
    return asyncio.SelectorEventLoop()
