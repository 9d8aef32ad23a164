Feature: Closing a transport
  The asyncio documentation of BaseTransport.close(): "Close the transport. If the transport has a
  buffer for outgoing data, buffered data will be flushed asynchronously. No more data will be
  received. After all buffered data is flushed, the protocol's protocol.connection_lost() method
  will be called with None as its argument." Of WriteTransport.abort(): "Close the transport
  immediately [...] The protocol's protocol.connection_lost() method will eventually be called with
  None as its argument." Of write_eof(): "Close the write end of the transport after flushing all
  buffered data. Data may still be received."

  @TRANSPORT-CLOSE-1 @network
  Scenario: close() is closing at once, sends what was written and EOF, then connection_lost(None)
    Given the program:
      """python
      class Recorder(asyncio.Protocol):
          def __init__(self):
              self.events = []
              self.data = b""
              self.lost = loop.create_future()
          def data_received(self, data):
              self.data = self.data + data
          def eof_received(self):
              self.events = self.events + [["eof_received", self.data]]
          def connection_lost(self, exc):
              self.events = self.events + [["connection_lost", exc]]
              self.lost.set_result(exc)

      def accept():
          protocol = Recorder()
          server_side.set_result(protocol)
          return protocol

      async def main():
          server = await loop.create_server(accept, "127.0.0.1", 0)
          port = server.sockets[0].getsockname()[1]
          conn = await loop.create_connection(Recorder, "127.0.0.1", port)
          record("closing before close", conn[0].is_closing())
          conn[0].write(b"last words")
          conn[0].close()
          record("closing after close", conn[0].is_closing())
          record("lost inside close", conn[1].events)
          conn[0].close()
          await conn[1].lost
          accepted = await server_side
          await accepted.lost
          server.close()
          await server.wait_closed()
          await asyncio.sleep(0)
          record("client side", conn[1].events)
          record("server side", accepted.events)

      server_side = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      closing before close: False
      closing after close: True
      lost inside close: []
      client side: [['connection_lost', None]]
      server side: [['eof_received', b'last words'], ['connection_lost', None]]
      """

  @TRANSPORT-CLOSE-2 @network
  Scenario: abort() is closing at once, then connection_lost(None), once
    Given the program:
      """python
      class Recorder(asyncio.Protocol):
          def __init__(self):
              self.events = []
              self.lost = loop.create_future()
          def connection_lost(self, exc):
              self.events = self.events + [["connection_lost", exc]]
              self.lost.set_result(exc)

      def accept():
          protocol = Recorder()
          server_side.set_result(protocol)
          return protocol

      async def main():
          server = await loop.create_server(accept, "127.0.0.1", 0)
          port = server.sockets[0].getsockname()[1]
          conn = await loop.create_connection(Recorder, "127.0.0.1", port)
          conn[0].abort()
          record("closing after abort", conn[0].is_closing())
          record("lost inside abort", conn[1].events)
          await conn[1].lost
          accepted = await server_side
          await accepted.lost
          server.close()
          await server.wait_closed()
          await asyncio.sleep(0)
          record("client side", conn[1].events)

      server_side = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      closing after abort: True
      lost inside abort: []
      client side: [['connection_lost', None]]
      """

  @TRANSPORT-CLOSE-3 @network
  Scenario: After write_eof() the peer gets the data and EOF, and the transport still receives
    Given the program:
      """python
      class Replier(asyncio.Protocol):
          def __init__(self):
              self.data = b""
              self.lost = loop.create_future()
          def connection_made(self, transport):
              self.transport = transport
          def data_received(self, data):
              self.data = self.data + data
          def eof_received(self):
              self.transport.write(b"got " + self.data)
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      class Client(asyncio.Protocol):
          def __init__(self):
              self.events = []
              self.data = b""
              self.lost = loop.create_future()
          def data_received(self, data):
              self.data = self.data + data
          def eof_received(self):
              self.events = self.events + [["eof_received", self.data]]
          def connection_lost(self, exc):
              self.events = self.events + [["connection_lost", exc]]
              self.lost.set_result(exc)

      def accept():
          protocol = Replier()
          server_side.set_result(protocol)
          return protocol

      async def main():
          server = await loop.create_server(accept, "127.0.0.1", 0)
          port = server.sockets[0].getsockname()[1]
          conn = await loop.create_connection(Client, "127.0.0.1", port)
          record("can write eof", conn[0].can_write_eof())
          conn[0].write(b"ping")
          conn[0].write_eof()
          record("closing after write_eof", conn[0].is_closing())
          try:
              conn[0].write(b"more")
          except RuntimeError as e:
              record("write after write_eof", e)
          await conn[1].lost
          accepted = await server_side
          await accepted.lost
          server.close()
          await server.wait_closed()
          record("client side", conn[1].events)

      server_side = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      can write eof: True
      closing after write_eof: False
      write after write_eof: RuntimeError('Cannot call write() after write_eof()')
      client side: [['eof_received', b'got ping'], ['connection_lost', None]]
      """
