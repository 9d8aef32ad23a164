"""SOCK-RECV-1: sock_recv() returns a coroutine.
The mistake: sock_recv() starts the receive at once and returns a Task of it, a Future (gbulb
0.6.3 returns a Future too): awaiting it works, but asyncio.create_task() refuses it.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def sock_recv(self, sock, n):
        # the mistake: asyncio's sock_recv is a coroutine function
        return self.create_task(super().sock_recv(sock, n))


def new_event_loop():
    return Loop()
