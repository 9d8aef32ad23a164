"""UDP-ERROR-1: a connected datagram endpoint that sends to a port where no socket is gets
error_received(ConnectionRefusedError), and stays open."""
from _loop import new_loop, show, give_up_after
import asyncio

loop = new_loop()


class Client(asyncio.DatagramProtocol):
    def __init__(self):
        self.first = loop.create_future()

    def error_received(self, exc):
        if not self.first.done():
            self.first.set_result("error_received(%r)" % exc)

    def connection_lost(self, exc):
        if not self.first.done():
            self.first.set_result("connection_lost(%r)" % exc)


async def main():
    gone, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, local_addr=("127.0.0.1", 0))
    address = gone.get_extra_info("sockname")
    gone.close()
    await asyncio.sleep(0.05)
    transport, client = await loop.create_datagram_endpoint(Client, remote_addr=address)
    transport.sendto(b"anyone there?")
    give_up_after(2, "neither error_received nor connection_lost within 2 s")
    show("first", await client.first)
    show("is_closing", transport.is_closing())
    transport.close()

loop.run_until_complete(main())
loop.close()
