"""GATHER-EXC-1: when a child raises, gather raises it and the other children keep running.
Broken: like a TaskGroup, the gather cancels its other children when the first one fails
(asyncio's _GatheringFuture, patched when this module is imported, with a set_exception of its own).
"""

import asyncio
from asyncio import exceptions, tasks


class _GatheringFuture(tasks._GatheringFuture):
    def set_exception(self, exception):
        if not isinstance(exception, exceptions.CancelledError):  # a child failed
            for child in self._children:
                child.cancel()  # bug: its siblings are cancelled
        super().set_exception(exception)


tasks._GatheringFuture = _GatheringFuture


def new_event_loop():
    return asyncio.SelectorEventLoop()
