Feature: The order of a protocol's callbacks
  The asyncio documentation of streaming protocols: "State machine: start -> connection_made()
  [-> data_received()]* [-> eof_received()?] -> connection_lost() -> end", and of BaseProtocol:
  "connection_made() and connection_lost() are called exactly once per successful connection. All
  other callbacks will be called between those two methods".

  @PROTO-ORDER-1 @network
  Scenario: Each end sees connection_made first, its data, eof_received, and connection_lost last
    Given the program:
      """python
      class Recorder(asyncio.Protocol):
          def __init__(self):
              self.events = []
              self.data = b""
              self.lost = loop.create_future()
          def connection_made(self, transport):
              self.transport = transport
              self.events = self.events + ["connection_made"]
          def data_received(self, data):
              if self.data == b"":
                  self.events = self.events + ["data_received"]
              self.data = self.data + data
          def eof_received(self):
              self.events = self.events + ["eof_received"]
          def connection_lost(self, exc):
              self.events = self.events + [["connection_lost", exc]]
              if not self.lost.done():
                  self.lost.set_result(None)

      def accept():
          protocol = Recorder()
          server_side.set_result(protocol)
          return protocol

      async def main():
          server = await loop.create_server(accept, "127.0.0.1", 0)
          port = server.sockets[0].getsockname()[1]
          conn = await loop.create_connection(Recorder, "127.0.0.1", port)
          client = conn[1]
          record("connection_made before create_connection returns", client.events)
          record("the transport it was given", client.transport is conn[0])
          conn[0].write(b"hello ")
          conn[0].write(b"world")
          conn[0].close()
          accepted = await server_side
          await accepted.lost
          await client.lost
          server.close()
          await server.wait_closed()
          await asyncio.sleep(0)
          await asyncio.sleep(0)
          record("server side", accepted.events)
          record("server side data", accepted.data)
          record("client side", client.events)

      server_side = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      connection_made before create_connection returns: ['connection_made']
      the transport it was given: True
      server side: ['connection_made', 'data_received', 'eof_received', ['connection_lost', None]]
      server side data: b'hello world'
      client side: ['connection_made', ['connection_lost', None]]
      """
