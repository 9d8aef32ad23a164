Feature: What sendto() takes
  The asyncio documentation of DatagramTransport.sendto(): "Send the data bytes to the remote peer".

  @UDP-DATA-1 @network
  Scenario: sendto() refuses a str, an int and a list with TypeError
    Given the program:
      """python
      class Client(asyncio.DatagramProtocol):
          def __init__(self):
              self.lost = loop.create_future()
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      async def main():
          client = await loop.create_datagram_endpoint(Client, local_addr=("127.0.0.1", 0))
          to = client[0].get_extra_info("sockname")
          for data in ["text", 42, [1, 2]]:
              try:
                  client[0].sendto(data, to)
              except TypeError as e:
                  record("sendto", e)
          client[0].close()
          lost = await client[1].lost
          record("connection_lost", lost)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      sendto: TypeError("data argument must be a bytes-like object, not 'str'")
      sendto: TypeError("data argument must be a bytes-like object, not 'int'")
      sendto: TypeError("data argument must be a bytes-like object, not 'list'")
      connection_lost: None
      """
