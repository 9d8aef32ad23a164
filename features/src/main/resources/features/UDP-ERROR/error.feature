Feature: error_received: a datagram that could not be delivered
  The asyncio documentation of DatagramProtocol.error_received(): "Called when a previous send or
  receive operation raises an OSError."

  @UDP-ERROR-1 @network
  Scenario: Sending to a closed port from a connected endpoint calls error_received(ConnectionRefusedError), and the endpoint stays open
    Given the program:
      """python
      class Gone(asyncio.DatagramProtocol):
          def __init__(self):
              self.lost = loop.create_future()
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      class Client(asyncio.DatagramProtocol):
          def __init__(self):
              self.first = loop.create_future()
              self.lost = loop.create_future()
          def error_received(self, exc):
              if not self.first.done():
                  self.first.set_result(["error_received", exc])
          def connection_lost(self, exc):
              if not self.first.done():
                  self.first.set_result(["connection_lost", exc])
              self.lost.set_result(exc)

      async def main():
          gone = await loop.create_datagram_endpoint(Gone, local_addr=("127.0.0.1", 0))
          address = gone[0].get_extra_info("sockname")
          gone[0].close()
          await gone[1].lost
          client = await loop.create_datagram_endpoint(Client, remote_addr=address)
          client[0].sendto(b"anyone there?")
          first = await client[1].first
          record(first[0], first[1])
          record("is_closing() after it", client[0].is_closing())
          client[0].close()
          lost = await client[1].lost
          record("then close() ends the endpoint", lost)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      error_received: ConnectionRefusedError('[Errno 111] Connection refused')
      is_closing() after it: False
      then close() ends the endpoint: None
      """
