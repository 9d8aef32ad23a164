Feature: Writing to a transport
  The asyncio documentation of WriteTransport.write(): "Write some data bytes to the transport.
  This method does not block; it buffers the data and arranges for it to be sent out
  asynchronously." and of Protocol.data_received(): "data is always received in the correct order."

  @TRANSPORT-WRITE-1 @network
  Scenario: Many writes, one larger than the socket takes at once among them, and writelines arrive whole and in order
    Given the program:
      """python
      class Collector(asyncio.Protocol):
          def __init__(self):
              self.data = b""
              self.lost = loop.create_future()
          def data_received(self, data):
              self.data = self.data + data
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      def accept():
          protocol = Collector()
          server_side.set_result(protocol)
          return protocol

      async def main():
          server = await loop.create_server(accept, "127.0.0.1", 0)
          port = server.sockets[0].getsockname()[1]
          conn = await loop.create_connection(Collector, "127.0.0.1", port)
          big = b"0123456789" * 900000
          expected = b""
          for i in range(17):
              for piece in pieces:
                  chunk = b"<" + piece + b">"
                  conn[0].write(chunk)
                  expected = expected + chunk
          conn[0].write(big)
          record("more than the socket takes at once waits in the buffer", conn[0].get_write_buffer_size() > 0)
          conn[0].writelines([b"a", b"", b"bc"])
          conn[0].write(b"end")
          expected = expected + big + b"abcend"
          conn[0].close()
          accepted = await server_side
          await accepted.lost
          await conn[1].lost
          server.close()
          await server.wait_closed()
          record("bytes received", len(accepted.data))
          record("as written", accepted.data == expected)

      pieces = [b"x", b"yy", b"zzz"]
      server_side = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      more than the socket takes at once waits in the buffer: True
      bytes received: 9000210
      as written: True
      """

  @TRANSPORT-WRITE-2 @network
  Scenario: write() of a str or an int raises TypeError and sends nothing
    Given the program:
      """python
      class Collector(asyncio.Protocol):
          def __init__(self):
              self.data = b""
              self.lost = loop.create_future()
          def data_received(self, data):
              self.data = self.data + data
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      def accept():
          protocol = Collector()
          server_side.set_result(protocol)
          return protocol

      async def main():
          server = await loop.create_server(accept, "127.0.0.1", 0)
          port = server.sockets[0].getsockname()[1]
          conn = await loop.create_connection(Collector, "127.0.0.1", port)
          conn[0].write(b"before ")
          try:
              conn[0].write("text")
          except TypeError as e:
              record("str", e)
          try:
              conn[0].write(7)
          except TypeError as e:
              record("int", e)
          conn[0].write(b"after")
          conn[0].close()
          accepted = await server_side
          await accepted.lost
          await conn[1].lost
          server.close()
          await server.wait_closed()
          record("received", accepted.data)

      server_side = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      str: TypeError("data argument must be a bytes-like object, not 'str'")
      int: TypeError("data argument must be a bytes-like object, not 'int'")
      received: b'before after'
      """
