"""STREAM-DRAIN-1: drain() waits while the transport's buffer is over its high water mark.
Broken: StreamWriter.drain (patched when this module is imported) never waits: it only raises the
reader's exception.
"""

import asyncio


async def drain(self):
    if self._reader is not None:
        exc = self._reader.exception()
        if exc is not None:
            raise exc
    # bug: no "await self._protocol._drain_helper()"


asyncio.StreamWriter.drain = drain


def new_event_loop():
    return asyncio.SelectorEventLoop()
