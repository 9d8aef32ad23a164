"""UDP-DATA-1: sendto() of a str raises TypeError("data argument must be a bytes-like object, not
'str'")."""
from _loop import new_loop, show
import asyncio

loop = new_loop()


async def main():
    transport, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, local_addr=("127.0.0.1", 0))
    try:
        transport.sendto("text", transport.get_extra_info("sockname"))
    except TypeError as e:
        show("raised", "TypeError: %s" % e)
    transport.close()

loop.run_until_complete(main())
loop.close()
