Feature: A datagram endpoint with a remote address
  The asyncio documentation of DatagramTransport.sendto(): "If addr is None, the data is sent to the
  target address given on transport creation."

  @UDP-CONNECTED-1 @network
  Scenario: An endpoint with remote_addr sends there and refuses another address
    Given the program:
      """python
      class Sink(asyncio.DatagramProtocol):
          def __init__(self):
              self.got = loop.create_future()
              self.lost = loop.create_future()
          def datagram_received(self, data, addr):
              self.got.set_result([data, addr == client_address.result()])
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      class Client(asyncio.DatagramProtocol):
          def __init__(self):
              self.lost = loop.create_future()
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      async def main():
          server = await loop.create_datagram_endpoint(Sink, local_addr=("127.0.0.1", 0))
          address = server[0].get_extra_info("sockname")
          client = await loop.create_datagram_endpoint(Client, remote_addr=address)
          client_address.set_result(client[0].get_extra_info("sockname"))
          record("peername is remote_addr", client[0].get_extra_info("peername") == address)
          try:
              client[0].sendto(b"elsewhere", ("127.0.0.1", address[1] + 1))
          except ValueError as e:
              record("sendto another address", str(e) == "Invalid address: must be None or " + str(address))
          client[0].sendto(b"hello")
          got = await server[1].got
          record("sendto(data) goes to remote_addr", got)
          client[0].close()
          lost = await client[1].lost
          record("the client's connection_lost", lost)
          server[0].close()
          lost = await server[1].lost
          record("the server's connection_lost", lost)

      client_address = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      peername is remote_addr: True
      sendto another address: True
      sendto(data) goes to remote_addr: [b'hello', True]
      the client's connection_lost: None
      the server's connection_lost: None
      """
