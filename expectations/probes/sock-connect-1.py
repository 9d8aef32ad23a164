"""SOCK-CONNECT-1: sock_connect connects the socket, and its value is None."""
from _loop import new_loop, show
import socket

loop = new_loop()


async def main():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    client = socket.socket()
    client.setblocking(False)
    value = await loop.sock_connect(client, listener.getsockname())
    show("value", "the socket" if value is client else repr(value))
    show("connected to the address", client.getpeername() == listener.getsockname())
    client.close()
    listener.close()

loop.run_until_complete(main())
loop.close()
