"""GATHER-CANCEL-1: cancelling the future returned by gather() cancels its unfinished children.
Broken: the gathering future's cancel() is a plain Future.cancel(): the gather is cancelled and
its children keep running (asyncio's _GatheringFuture, patched when this module is imported).
"""

import asyncio
from asyncio import tasks


class _GatheringFuture(tasks._GatheringFuture):
    def cancel(self, msg=None):
        return asyncio.Future.cancel(self, msg)  # bug: the children are not cancelled


tasks._GatheringFuture = _GatheringFuture


def new_event_loop():
    return asyncio.SelectorEventLoop()
