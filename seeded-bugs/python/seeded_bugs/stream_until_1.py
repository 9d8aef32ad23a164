"""STREAM-UNTIL-1: readuntil() gives the bytes up to and including the separator.
Broken: StreamReader.readuntil (patched when this module is imported) takes the separator from the
buffer but leaves it off the bytes it gives.
"""

import asyncio

_readuntil = asyncio.StreamReader.readuntil


async def readuntil(self, separator=b"\n"):
    chunk = await _readuntil(self, separator)
    return chunk[:-len(separator)]  # bug: the separator is not part of the result


asyncio.StreamReader.readuntil = readuntil


def new_event_loop():
    return asyncio.SelectorEventLoop()
