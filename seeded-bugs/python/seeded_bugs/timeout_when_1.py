"""TIMEOUT-WHEN-1 (3.11+): timeout(delay).when() is loop.time() + delay, read when timeout() is
called; None only for a delay of None.
Broken: asyncio.timeout (CPython 3.11's, patched when this module is imported) tests the delay for
truth, not for None: timeout(0) gets no deadline (when() is None) and never expires.
"""

import asyncio
from asyncio import events, timeouts


def timeout(delay):
    loop = events.get_running_loop()
    return timeouts.Timeout(loop.time() + delay if delay else None)  # bug: "if delay is not None"


asyncio.timeout = timeouts.timeout = timeout


def new_event_loop():
    return asyncio.SelectorEventLoop()
