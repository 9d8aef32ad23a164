"""TIMEOUT-CANCEL-1 (3.11+): a cancellation that is not the deadline's leaves the block as
CancelledError, and expired() stays False.
Broken: Timeout.__aexit__ (CPython 3.11's, patched when this module is imported) takes every
CancelledError leaving the body for its own: another task's cancel() before the deadline leaves
the block as TimeoutError, the timeout expired, the cancellation taken back.
"""

import asyncio
from asyncio import exceptions
from asyncio.timeouts import _State


async def __aexit__(self, exc_type, exc_val, exc_tb):
    assert self._state in (_State.ENTERED, _State.EXPIRING)

    if self._timeout_handler is not None:
        self._timeout_handler.cancel()
        self._timeout_handler = None

    if self._state is _State.EXPIRING or exc_type is exceptions.CancelledError:  # bug: "if self._state is _State.EXPIRING:"
        self._state = _State.EXPIRED

        if self._task.uncancel() == 0 and exc_type is exceptions.CancelledError:
            # Since there are no outstanding cancel requests, we're
            # handling this.
            raise TimeoutError
    elif self._state is _State.ENTERED:
        self._state = _State.EXITED

    return None


asyncio.timeouts.Timeout.__aexit__ = __aexit__


def new_event_loop():
    return asyncio.SelectorEventLoop()
