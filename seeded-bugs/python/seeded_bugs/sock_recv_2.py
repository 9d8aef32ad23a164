"""SOCK-RECV-2: sock_recv() gives at most nbytes, in order.
The mistake: sock_recv() reads with a buffer of at least 64 KiB whatever nbytes is (a fixed
read size, as a loop reusing its transports' buffer would), so it gives more than nbytes when more
has arrived.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    async def sock_recv(self, sock, n):
        return await super().sock_recv(sock, max(n, 65536))  # the mistake: at most n


def new_event_loop():
    return Loop()
