"""TIMEOUT-EXPIRE-1 (3.11+): a deadline that passes cancels the body, the block raises TimeoutError
and leaves the task with no pending cancellation (cancelling() as before the block).
Broken: Timeout.__aexit__ (CPython 3.11's, patched when this module is imported) reads the task's
cancelling() where asyncio calls uncancel(): the block still raises TimeoutError, but the
cancellation of its deadline is never taken back, and the task is left with cancelling() == 1.
"""

import asyncio
from asyncio import exceptions
from asyncio.timeouts import _State


async def __aexit__(self, exc_type, exc_val, exc_tb):
    assert self._state in (_State.ENTERED, _State.EXPIRING)

    if self._timeout_handler is not None:
        self._timeout_handler.cancel()
        self._timeout_handler = None

    if self._state is _State.EXPIRING:
        self._state = _State.EXPIRED

        if self._task.cancelling() == 1 and exc_type is exceptions.CancelledError:  # bug: "self._task.uncancel() == 0"
            # Since there are no outstanding cancel requests, we're
            # handling this.
            raise TimeoutError
    elif self._state is _State.ENTERED:
        self._state = _State.EXITED

    return None


asyncio.timeouts.Timeout.__aexit__ = __aexit__


def new_event_loop():
    return asyncio.SelectorEventLoop()
