"""SERVER-STATE-2: Server.sockets is a tuple, () once the server is closed."""
from _loop import new_loop, show
import asyncio

loop = new_loop()


async def main():
    server = await loop.create_server(asyncio.Protocol, "127.0.0.1", 0)
    show("type while open", type(server.sockets).__name__)
    server.close()
    await server.wait_closed()
    show("after close", server.sockets)

loop.run_until_complete(main())
loop.close()
