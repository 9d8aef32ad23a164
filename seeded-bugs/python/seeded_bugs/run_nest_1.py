"""RUN-NEST-1: run refuses to run inside a running loop.
Broken: asyncio.run (CPython 3.12's, the same in 3.13, patched when this module is imported) has no
check of its own for a running loop, leaving it to Runner.run: called inside a running loop it
makes its runner's loop, Runner.run refuses with its own message ('Runner.run() cannot be called
from a running event loop'), and the runner's close() then fails to run that loop ('Cannot run the
event loop while another loop is running'), the error that leaves asyncio.run.
The kit calls it on every version with a Runner (3.11+): with loop_factory= from 3.12, with the
policy's new_event_loop on 3.11 (on 3.10 there is no Runner to leave the check to).
"""

import asyncio
from asyncio import runners
from asyncio.runners import Runner


def run(main, *, debug=None, loop_factory=None):
    # bug: no "if events._get_running_loop() is not None: raise RuntimeError(
    #     'asyncio.run() cannot be called from a running event loop')"

    with Runner(debug=debug, loop_factory=loop_factory) as runner:
        return runner.run(main)


asyncio.run = runners.run = run


def new_event_loop():
    return asyncio.SelectorEventLoop()
