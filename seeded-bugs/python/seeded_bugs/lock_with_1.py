"""LOCK-WITH-1: async with acquires on entry and releases on exit however the body ends.
Broken: Lock.__aexit__ (CPython 3.11's _ContextManagerMixin.__aexit__, patched on Lock when this
module is imported) releases the lock and then returns True, as acquire() does: a true value from
__aexit__ suppresses the exception, so an exception raised in the body does not propagate.
"""

import asyncio


async def __aexit__(self, exc_type, exc, tb):
    self.release()
    return True  # bug: __aexit__ must return a false value to let the body's exception out


asyncio.Lock.__aexit__ = __aexit__


def new_event_loop():
    return asyncio.SelectorEventLoop()
