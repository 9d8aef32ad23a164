"""SOCK-CONNECT-1: sock_connect connects the socket, and its value is None.
Broken: the loop's sock_connect gives the address it connected to.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):
    async def sock_connect(self, sock, address):
        await super().sock_connect(sock, address)
        return address  # bug: asyncio's value is None


def new_event_loop():
    return Loop()
