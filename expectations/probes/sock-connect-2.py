"""SOCK-CONNECT-2: a refused sock_connect raises ConnectionRefusedError "Connect call failed
('127.0.0.1', PORT)"."""
from _loop import new_loop, show
import socket

loop = new_loop()


async def main():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    address = listener.getsockname()
    listener.close()
    client = socket.socket()
    client.setblocking(False)
    try:
        await loop.sock_connect(client, address)
        show("connected")
    except OSError as e:
        show("raised", "%s: %s" % (type(e).__name__, str(e).replace(str(address[1]), "PORT")))
    client.close()

loop.run_until_complete(main())
loop.close()
