"""LOOP-RUNNING-1: get_running_loop() is the loop running on the thread, else RuntimeError.
Broken: asyncio.get_running_loop (CPython's pure-Python one, patched on asyncio and asyncio.events
when this module is imported) returns what _get_running_loop() gives without its None check: where
no loop runs it returns None instead of raising RuntimeError('no running event loop'). While a loop
runs it still returns that loop.
"""

import asyncio
from asyncio import events
from asyncio.events import _get_running_loop


def get_running_loop():
    """Return the running event loop.  Raise a RuntimeError if there is none.

    This function is thread-specific.
    """
    # NOTE: this function is implemented in C (see _asynciomodule.c)
    loop = _get_running_loop()
    # bug: no "if loop is None: raise RuntimeError('no running event loop')"
    return loop


asyncio.get_running_loop = events.get_running_loop = get_running_loop


def new_event_loop():
    return asyncio.SelectorEventLoop()
