"""UNIX-STREAM-1: open_unix_connection() gives a reader the connection feeds.
Broken: asyncio.open_unix_connection (replaced when this module is imported) gives back a new
StreamReader, not the one its protocol feeds, so the client reads nothing (and waits).
"""

import asyncio
from asyncio import streams


async def open_unix_connection(path=None, *, limit=streams._DEFAULT_LIMIT, **kwds):
    loop = asyncio.get_running_loop()
    reader = streams.StreamReader(limit=limit, loop=loop)
    protocol = streams.StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_unix_connection(lambda: protocol, path, **kwds)
    writer = streams.StreamWriter(transport, protocol, reader, loop)
    return streams.StreamReader(limit=limit, loop=loop), writer  # bug: not the reader it feeds


asyncio.open_unix_connection = open_unix_connection
streams.open_unix_connection = open_unix_connection


def new_event_loop():
    return asyncio.SelectorEventLoop()
