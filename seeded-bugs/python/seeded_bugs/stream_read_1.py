"""STREAM-READ-1: read(n) gives at most n bytes.
Broken: StreamReader.read (patched when this module is imported) counts one byte too many: read(n)
gives up to n + 1 bytes (read() still gives everything, in blocks of limit + 1).
"""

import asyncio

_read = asyncio.StreamReader.read


async def read(self, n=-1):
    if n <= 0:
        return await _read(self, n)
    if self._exception is not None:
        raise self._exception
    if not self._buffer and not self._eof:
        await self._wait_for_data('read')
    data = bytes(self._buffer[:n + 1])  # bug: n + 1, not n
    del self._buffer[:n + 1]
    self._maybe_resume_transport()
    return data


asyncio.StreamReader.read = read


def new_event_loop():
    return asyncio.SelectorEventLoop()
