"""RUN-ARG-1: run refuses what is not a coroutine.
Broken: asyncio.Runner.run (CPython 3.11's, the same in 3.12 and 3.13, patched when this module is
imported; asyncio.run runs its coroutine through it) does not check that it was given a coroutine,
leaving that to create_task(): asyncio.run(5) raises the TypeError of the Task's constructor
(TypeError('a coroutine was expected, got 5')) instead of ValueError.
"""

import asyncio
from asyncio import runners

from seeded_bugs._source import edited

runners.Runner.run = edited(runners, ["Runner.run"],
                           [("if not coroutines.iscoroutine(coro):", "if False:  # the coroutine check left out")])["run"]


def new_event_loop():
    return asyncio.SelectorEventLoop()
