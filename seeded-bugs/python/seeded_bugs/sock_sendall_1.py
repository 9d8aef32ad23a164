"""SOCK-SENDALL-1: sock_sendall() sends all the data, and its value is None.
The mistake: sock_sendall() sends everything but returns how many bytes it sent, as
socket.send() does (gbulb 0.6.3's gives the count too), instead of None.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    async def sock_sendall(self, sock, data):
        await super().sock_sendall(sock, data)
        return len(data)  # the mistake: asyncio returns None


def new_event_loop():
    return Loop()
