"""SOCK-RECV-1: sock_recv() returns a coroutine, which asyncio.create_task() accepts."""
from _loop import new_loop, show
import asyncio
import socket

loop = new_loop()


async def main():
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    receiving = loop.sock_recv(a, 100)
    show("is a coroutine", asyncio.iscoroutine(receiving))
    try:
        task = asyncio.create_task(receiving)
        b.send(b"abc")
        show("received", await task)
    except TypeError as e:
        show("create_task", str(e).split(" <")[0])
        b.send(b"abc")
        show("awaited instead", await receiving)
    a.close()
    b.close()

loop.run_until_complete(main())
loop.close()
