"""CONNECT-REFUSED-1: a refused connection raises ConnectionRefusedError "Connect call failed
('127.0.0.1', PORT)", and the protocol factory is not called."""
from _loop import new_loop, show
import asyncio

loop = new_loop()


def factory():
    show("protocol factory called")
    return asyncio.Protocol()


async def main():
    server = await loop.create_server(asyncio.Protocol, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    try:
        await loop.create_connection(factory, "127.0.0.1", port)
    except OSError as e:
        show("raised", "%s: %s" % (type(e).__name__, str(e).replace(str(port), "PORT")))

loop.run_until_complete(main())
loop.close()
