"""TIMEOUT-NEST-1 (3.11+): only the block whose deadline passed raises TimeoutError; when the
deadlines of nested blocks pass at once, both blocks are expired and one TimeoutError leaves.
Broken: Timeout._on_timeout (CPython 3.11's, patched when this module is imported) leaves the block
alone when its task already has a cancellation pending, as if that cancellation made the deadline
moot: of two nested blocks whose deadlines pass in the same iteration, only the first expires.
"""

import asyncio
from asyncio.timeouts import _State


def _on_timeout(self):
    assert self._state is _State.ENTERED
    if self._task.cancelling():  # bug: not in asyncio, whose block expires whatever the task's state
        return
    self._task.cancel()
    self._state = _State.EXPIRING
    # drop the reference early
    self._timeout_handler = None


asyncio.timeouts.Timeout._on_timeout = _on_timeout


def new_event_loop():
    return asyncio.SelectorEventLoop()
