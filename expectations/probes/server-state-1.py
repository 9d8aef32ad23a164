"""SERVER-STATE-1: create_server() returns a serving server bound to the address asked."""
from _loop import new_loop, show
import asyncio

loop = new_loop()


async def main():
    try:
        server = await loop.create_server(asyncio.Protocol, "127.0.0.1", 0)
    except Exception as e:
        show("create_server raised", "%s: %s" % (type(e).__name__, e))
        return
    show("serving", server.is_serving())
    show("host", server.sockets[0].getsockname()[0])
    server.close()
    await server.wait_closed()

loop.run_until_complete(main())
loop.close()
