"""DNS-ADDRINFO-1: getaddrinfo() gives socket.getaddrinfo()'s entries for the type asked.
Broken: getaddrinfo drops the type= argument on its way to the system, so it gives an entry for
every socket type (stream, datagram, raw) instead of the one asked for.
"""

import asyncio
import socket


class Loop(asyncio.SelectorEventLoop):
    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        # bug: type is not passed on
        return await self.run_in_executor(None, socket.getaddrinfo, host, port, family, 0, proto, flags)


def new_event_loop():
    return Loop()
