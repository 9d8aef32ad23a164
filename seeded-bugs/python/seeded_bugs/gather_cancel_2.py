"""GATHER-CANCEL-2: a cancelled child makes gather raise CancelledError (return_exceptions=False).
Broken: a cancelled child does not fail the gather: it waits for the others and returns a list
with a CancelledError in that child's place, as with return_exceptions=True (asyncio's
_GatheringFuture, patched when this module is imported, ignores a CancelledError given to it).
"""

import asyncio
from asyncio import exceptions, tasks


class _GatheringFuture(tasks._GatheringFuture):
    def set_exception(self, exception):
        if isinstance(exception, exceptions.CancelledError) and not self._cancel_requested:
            return  # bug: a cancelled child is "not an error" (the gather's own cancel() still is)
        super().set_exception(exception)


tasks._GatheringFuture = _GatheringFuture


def new_event_loop():
    return asyncio.SelectorEventLoop()
