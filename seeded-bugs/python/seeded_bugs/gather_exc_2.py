"""GATHER-EXC-2: with return_exceptions=True, gather returns the children's exceptions in its list.
Broken: asyncio.gather (patched when this module is imported) does not pass return_exceptions
on, so the first exception is raised to the awaiter instead.
"""

import asyncio
from asyncio import tasks

_asyncio_gather = asyncio.gather


def gather(*coros_or_futures, return_exceptions=False):
    return _asyncio_gather(*coros_or_futures)  # bug: return_exceptions is dropped


asyncio.gather = tasks.gather = gather


def new_event_loop():
    return asyncio.SelectorEventLoop()
