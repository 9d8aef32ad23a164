"""STREAM-EXACT-1: readexactly(n) raises IncompleteReadError at EOF before n bytes.
Broken: StreamReader.readexactly (patched when this module is imported) gives the bytes left at
EOF instead of raising.
"""

import asyncio

_readexactly = asyncio.StreamReader.readexactly


async def readexactly(self, n):
    try:
        return await _readexactly(self, n)
    except asyncio.IncompleteReadError as e:
        return e.partial  # bug: a short read instead of the error


asyncio.StreamReader.readexactly = readexactly


def new_event_loop():
    return asyncio.SelectorEventLoop()
