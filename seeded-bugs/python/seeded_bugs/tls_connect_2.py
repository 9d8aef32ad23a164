"""TLS-CONNECT-2: open_connection() passes ssl= on to create_connection().
Broken: asyncio.open_connection (replaced when this module is imported) drops ssl= and
server_hostname=, so the client speaks plain TCP to a TLS server.
"""

import asyncio
from asyncio import streams

_open_connection = streams.open_connection


async def open_connection(host=None, port=None, *, limit=streams._DEFAULT_LIMIT, **kwds):
    kwds.pop("ssl", None)  # bug: the connection is not TLS
    kwds.pop("server_hostname", None)
    return await _open_connection(host, port, limit=limit, **kwds)


asyncio.open_connection = open_connection
streams.open_connection = open_connection


def new_event_loop():
    return asyncio.SelectorEventLoop()
