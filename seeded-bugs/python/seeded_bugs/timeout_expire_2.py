"""TIMEOUT-EXPIRE-2 (3.11+): a body that finishes before the deadline leaves the block as it would
without it, expired() is False, and the deadline never acts later.
Broken: Timeout.__aexit__ (CPython 3.11's, patched when this module is imported) forgets the
deadline's timer instead of cancelling it: the timer still runs when the deadline passes, after
the block was left (on 3.11.2 it then fails the state assertion of _on_timeout, which the loop's
exception handler reports; an _on_timeout without that assertion would cancel the task).
"""

import asyncio
from asyncio import exceptions
from asyncio.timeouts import _State


async def __aexit__(self, exc_type, exc_val, exc_tb):
    assert self._state in (_State.ENTERED, _State.EXPIRING)

    if self._timeout_handler is not None:
        pass  # bug: "self._timeout_handler.cancel()"
        self._timeout_handler = None

    if self._state is _State.EXPIRING:
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
