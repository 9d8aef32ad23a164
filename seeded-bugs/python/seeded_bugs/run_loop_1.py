"""RUN-LOOP-1: run runs the coroutine in a new loop and closes it.
Broken: asyncio.run (patched when this module is imported) is CPython 3.10's, written without a
Runner, given 3.12's loop_factory, and its last finally forgets loop.close(): it sets the policy's
loop back to None for a loop it made itself, but leaves the loop open once run returns (its tasks
were cancelled and its generators closed as before). The kit calls it on every version: with
loop_factory= from 3.12, with the policy's new_event_loop before.
"""

import asyncio
from asyncio import coroutines, events, runners


def run(main, *, debug=None, loop_factory=None):
    if events._get_running_loop() is not None:
        raise RuntimeError(
            "asyncio.run() cannot be called from a running event loop")

    if not coroutines.iscoroutine(main):
        raise ValueError("a coroutine was expected, got {!r}".format(main))

    loop = events.new_event_loop() if loop_factory is None else loop_factory()
    try:
        if loop_factory is None:
            events.set_event_loop(loop)
        if debug is not None:
            loop.set_debug(debug)
        return loop.run_until_complete(main)
    finally:
        try:
            runners._cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if loop_factory is None:
                events.set_event_loop(None)
            # bug: no "loop.close()" here


asyncio.run = runners.run = run


def new_event_loop():
    return asyncio.SelectorEventLoop()
