"""GATHER-EMPTY-1: gather() with no awaitables returns a future already done with the result [].
Broken: gather() of nothing (asyncio.gather, patched when this module is imported) gives a done
future whose result is its empty tuple of arguments, (), instead of a list.
"""

import asyncio
from asyncio import events, tasks

_asyncio_gather = asyncio.gather


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        outer = events.get_event_loop().create_future()
        outer.set_result(coros_or_futures)  # bug: () instead of []
        return outer
    return _asyncio_gather(*coros_or_futures, return_exceptions=return_exceptions)


asyncio.gather = tasks.gather = gather


def new_event_loop():
    return asyncio.SelectorEventLoop()
