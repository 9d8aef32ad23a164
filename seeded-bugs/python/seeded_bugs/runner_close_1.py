"""RUNNER-CLOSE-1 (3.11+): close() cancels the tasks left; a closed runner refuses to run.
Broken: asyncio.Runner.close (CPython 3.11's, with 3.12's executor timeout on 3.12+, patched when
this module is imported) shuts the loop down and closes it, but puts the runner back to its first
state (CREATED) instead of CLOSED, as if to make it reusable: after close(), run() and get_loop()
are not refused, they make the runner a new loop, and run() runs its coroutine there.
"""

import asyncio
import sys
from asyncio import events, runners
from asyncio.runners import _State


def close(self):
    """Shutdown and close event loop."""
    if self._state is not _State.INITIALIZED:
        return
    try:
        loop = self._loop
        runners._cancel_all_tasks(loop)
        loop.run_until_complete(loop.shutdown_asyncgens())
        if sys.version_info >= (3, 12):
            from asyncio import constants
            loop.run_until_complete(
                loop.shutdown_default_executor(constants.THREAD_JOIN_TIMEOUT))
        else:
            loop.run_until_complete(loop.shutdown_default_executor())
    finally:
        if self._set_event_loop:
            events.set_event_loop(None)
        loop.close()
        self._loop = None
        self._state = _State.CREATED  # bug: "self._state = _State.CLOSED"


runners.Runner.close = close


def new_event_loop():
    return asyncio.SelectorEventLoop()
