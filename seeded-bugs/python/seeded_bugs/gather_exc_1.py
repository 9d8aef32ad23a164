"""GATHER-EXC-1: when a child raises, gather raises that exception and the other children keep running.
Broken: like a TaskGroup, the gather cancels its other children when the first one fails
(asyncio's _GatheringFuture, patched when this module is imported, with a set_exception of its own).
"""

import asyncio
from asyncio import tasks


class _GatheringFuture(tasks._GatheringFuture):
    def set_exception(self, exception):
        for child in self._children:
            child.cancel()  # bug: the siblings of the failed child are cancelled
        super().set_exception(exception)


tasks._GatheringFuture = _GatheringFuture


def new_event_loop():
    return asyncio.SelectorEventLoop()
