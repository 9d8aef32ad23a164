"""SOCK-SENDALL-1: sock_sendall() is a coroutine whose value is None once everything is sent."""
from _loop import new_loop, show
import asyncio
import socket

loop = new_loop()


async def main():
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    sending = loop.sock_sendall(a, b"hello")
    show("is a coroutine", asyncio.iscoroutine(sending))
    show("value", repr(await sending))
    show("received", b.recv(100))
    a.close()
    b.close()

loop.run_until_complete(main())
loop.close()
