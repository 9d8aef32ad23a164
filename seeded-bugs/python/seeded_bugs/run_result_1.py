"""RUN-RESULT-1: run returns the coroutine's result or raises its exception.
Broken: asyncio.Runner.run (CPython 3.11's, the same in 3.12 and 3.13, patched when this module is
imported; asyncio.run runs its coroutine through it) runs the task to its end but does not return
its result: run_until_complete's value is dropped, so asyncio.run() and Runner.run() return None.
An exception of the coroutine is still raised.
"""

import asyncio
from asyncio import runners

from seeded_bugs._source import edited

runners.Runner.run = edited(runners, ["Runner.run"], [("return self._loop.run_until_complete(task)", "self._loop.run_until_complete(task)")])["run"]


def new_event_loop():
    return asyncio.SelectorEventLoop()
