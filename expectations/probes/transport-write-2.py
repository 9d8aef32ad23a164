"""TRANSPORT-WRITE-2: write() of a str on an open transport raises TypeError("data argument must be a
bytes-like object, not 'str'")."""
from _loop import new_loop, show
import asyncio

loop = new_loop()


async def main():
    server = await loop.create_server(asyncio.Protocol, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    transport, _ = await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
    try:
        transport.write("text")
    except TypeError as e:
        show("raised", "TypeError: %s" % e)
    transport.close()
    server.close()
    await server.wait_closed()

loop.run_until_complete(main())
loop.close()
