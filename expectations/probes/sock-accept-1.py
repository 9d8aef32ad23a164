"""SOCK-ACCEPT-1: sock_accept returns a coroutine, which asyncio.create_task() accepts, and gives
(conn, address)."""
from _loop import new_loop, show
import asyncio
import socket

loop = new_loop()


async def main():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.setblocking(False)
    accepting = loop.sock_accept(listener)
    show("is a coroutine", asyncio.iscoroutine(accepting))
    show("its type", type(accepting).__name__)
    client = socket.socket()
    client.connect(listener.getsockname())
    conn, address = await accepting
    show("gives the peer's address", address == client.getsockname())
    conn.close()
    client.close()
    listener.close()

loop.run_until_complete(main())
loop.close()
