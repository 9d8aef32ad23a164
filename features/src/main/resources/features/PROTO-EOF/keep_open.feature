Feature: eof_received decides whether the transport closes
  The asyncio documentation of Protocol.eof_received(): "This method may return a false value
  (including None), in which case the transport will close itself. Conversely, if this method
  returns a true value, the protocol used determines whether to close the transport."

  @PROTO-EOF-1 @network
  Scenario: eof_received returning True keeps the transport open: it can still write, then close
    Given the program:
      """python
      class Late(asyncio.Protocol):
          def connection_made(self, transport):
              self.transport = transport
          def eof_received(self):
              loop.call_later(0.01, self.reply)
              return True
          def reply(self):
              record("closing when it replies", self.transport.is_closing())
              self.transport.write(b"late reply")
              self.transport.close()

      class Client(asyncio.Protocol):
          def __init__(self):
              self.data = b""
              self.lost = loop.create_future()
          def data_received(self, data):
              self.data = self.data + data
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      async def main():
          server = await loop.create_server(Late, "127.0.0.1", 0)
          port = server.sockets[0].getsockname()[1]
          conn = await loop.create_connection(Client, "127.0.0.1", port)
          conn[0].write_eof()
          await conn[1].lost
          record("the client got", conn[1].data)
          server.close()
          await server.wait_closed()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      closing when it replies: False
      the client got: b'late reply'
      """
