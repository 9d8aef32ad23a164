"""TIMEOUT-RESCHEDULE-1 (3.11+): inside the block, reschedule(when) replaces the deadline (None
removes it); a deadline already past expires the block on the next iteration.
Broken: Timeout.reschedule (CPython 3.11's, patched when this module is imported) does not cancel
the timer of the old deadline: the block still expires at the old deadline, also after
reschedule(None) or a later deadline.
"""

import asyncio
from asyncio import events
from asyncio.timeouts import _State


def reschedule(self, when):
    assert self._state is not _State.CREATED
    if self._state is not _State.ENTERED:
        raise RuntimeError(
            f"Cannot change state of {self._state.value} Timeout",
        )

    self._when = when

    if self._timeout_handler is not None:
        pass  # bug: "self._timeout_handler.cancel()"

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
