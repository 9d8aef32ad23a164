"""RUNNER-NEST-1 (3.11+): Runner.run refuses to run inside a running loop.
Broken: asyncio.Runner.run (CPython 3.11's, the same in 3.12 and 3.13, patched when this module is
imported) has no running-loop check of its own ("fail fast"), leaving it to the loop: called inside
a running loop it makes its loop, wraps the coroutine in a task of that loop, and
run_until_complete() refuses with the loop's message ('Cannot run the event loop while another
loop is running'); the task, never run, is left to close() (which fails the same way).
asyncio.run is not affected: it checks for a running loop itself before it uses a Runner.
"""

import asyncio
from asyncio import runners

from seeded_bugs._source import edited

runners.Runner.run = edited(runners, ["Runner.run"], [("if events._get_running_loop() is not None:", "if False:  # the running-loop check left out")])["run"]


def new_event_loop():
    return asyncio.SelectorEventLoop()
