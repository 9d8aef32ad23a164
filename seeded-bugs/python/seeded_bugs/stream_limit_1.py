"""STREAM-LIMIT-1: past the limit, readuntil() raises LimitOverrunError and keeps the data.
Broken: StreamReader.readuntil (patched when this module is imported) clears the buffer before it
raises LimitOverrunError, as readline() does, so the data is lost.
"""

import asyncio

_readuntil = asyncio.StreamReader.readuntil


async def readuntil(self, separator=b"\n"):
    try:
        return await _readuntil(self, separator)
    except asyncio.LimitOverrunError:
        self._buffer.clear()  # bug: the data should stay, to be read again
        self._maybe_resume_transport()
        raise


asyncio.StreamReader.readuntil = readuntil


def new_event_loop():
    return asyncio.SelectorEventLoop()
