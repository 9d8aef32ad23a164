Feature: Datagram endpoints: create_datagram_endpoint(), sendto() and datagram_received()
  The asyncio documentation of DatagramProtocol.datagram_received(): "Called when a datagram is
  received. data is a bytes object containing the incoming data. addr is the address of the peer
  sending the data".

  @UDP-ENDPOINT-1 @network
  Scenario: Datagrams sent each way arrive whole, with the sender's address, and close() ends both endpoints
    Given the program:
      """python
      class Echo(asyncio.DatagramProtocol):
          def __init__(self):
              self.received = []
              self.lost = loop.create_future()
          def connection_made(self, transport):
              self.transport = transport
          def datagram_received(self, data, addr):
              self.received = self.received + [[len(data), data[0], addr == client_address.result()]]
              self.transport.sendto(data + b"!", client_address.result())
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      class Client(asyncio.DatagramProtocol):
          def __init__(self):
              self.replies = []
              self.done = loop.create_future()
              self.lost = loop.create_future()
          def connection_made(self, transport):
              record("the client's connection_made", "before create_datagram_endpoint returns")
          def datagram_received(self, data, addr):
              self.replies = self.replies + [[len(data), data[-1], addr == server_address.result()]]
              if len(self.replies) == 3:
                  self.done.set_result(None)
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      async def main():
          server = await loop.create_datagram_endpoint(Echo, local_addr=("127.0.0.1", 0))
          server_address.set_result(server[0].get_extra_info("sockname"))
          client = await loop.create_datagram_endpoint(Client, local_addr=("127.0.0.1", 0))
          record("create_datagram_endpoint gives a pair", len(client))
          client_address.set_result(client[0].get_extra_info("sockname"))
          record("the client's peername", client[0].get_extra_info("peername"))
          to = server_address.result()
          client[0].sendto(b"one", to)
          client[0].sendto(b"two" * 1000, to)
          client[0].sendto(b"three", to)
          await client[1].done
          record("the server received each datagram whole (length, first byte), with the client's address", sorted(server[1].received))
          record("the client received each reply whole (length, last byte), with the server's address", sorted(client[1].replies))
          client[0].close()
          record("is_closing() after close()", client[0].is_closing())
          lost = await client[1].lost
          record("the client's connection_lost", lost)
          server[0].close()
          lost = await server[1].lost
          record("the server's connection_lost", lost)

      server_address = loop.create_future()
      client_address = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the client's connection_made: 'before create_datagram_endpoint returns'
      create_datagram_endpoint gives a pair: 2
      the client's peername: None
      the server received each datagram whole (length, first byte), with the client's address: [[3, 111, True], [5, 116, True], [3000, 116, True]]
      the client received each reply whole (length, last byte), with the server's address: [[4, 33, True], [6, 33, True], [3001, 33, True]]
      is_closing() after close(): True
      the client's connection_lost: None
      the server's connection_lost: None
      """
