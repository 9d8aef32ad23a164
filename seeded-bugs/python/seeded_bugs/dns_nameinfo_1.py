"""DNS-NAMEINFO-1: getnameinfo() gives (host, service), the service a str.
Broken: getnameinfo gives the port back as the int of the address when the flags ask for a
numeric service, instead of the system's str.
"""

import asyncio
import socket


class Loop(asyncio.SelectorEventLoop):
    async def getnameinfo(self, sockaddr, flags=0):
        host, service = await self.run_in_executor(None, socket.getnameinfo, sockaddr, flags)
        if flags & socket.NI_NUMERICSERV:
            return host, sockaddr[1]  # bug: the port, not its str
        return host, service


def new_event_loop():
    return Loop()
