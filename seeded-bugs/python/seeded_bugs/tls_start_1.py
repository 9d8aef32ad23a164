"""TLS-START-1: start_tls() gives a new transport for the same protocol, whose connection_made is
not called again.
Broken: the loop's start_tls calls the protocol's connection_made with the new transport.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):
    async def start_tls(self, transport, protocol, sslcontext, **kwds):
        upgraded = await super().start_tls(transport, protocol, sslcontext, **kwds)
        protocol.connection_made(upgraded)  # bug: asyncio does not call it again
        return upgraded


def new_event_loop():
    return Loop()
