"""TIMEOUT-RESCHEDULE-2 (3.11+): reschedule() of a finished or expired timeout raises
RuntimeError('Cannot change state of finished Timeout') or ('... of expired Timeout').
Broken: Timeout.reschedule (CPython 3.11's, patched when this module is imported) refuses only a
finished timeout: an expired one takes the new deadline without a word.
"""

import asyncio
from asyncio import events
from asyncio.timeouts import _State


def reschedule(self, when):
    assert self._state is not _State.CREATED
    if self._state is _State.EXITED:  # bug: "if self._state is not _State.ENTERED:"
        raise RuntimeError(
            f"Cannot change state of {self._state.value} Timeout",
        )

    self._when = when

    if self._timeout_handler is not None:
        self._timeout_handler.cancel()

    if when is None:
        self._timeout_handler = None
    else:
        loop = events.get_running_loop()
        if when <= loop.time():
            self._timeout_handler = loop.call_soon(self._on_timeout)
        else:
            self._timeout_handler = loop.call_at(when, self._on_timeout)


asyncio.timeouts.Timeout.reschedule = reschedule


def new_event_loop():
    return asyncio.SelectorEventLoop()
