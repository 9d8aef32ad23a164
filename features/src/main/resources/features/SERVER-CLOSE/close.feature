Feature: A closed server accepts no new connection and keeps the ones it has
  The asyncio documentation of Server.close(): "Stop serving: close listening sockets and set the
  sockets attribute to None. The sockets that represent existing incoming client connections are
  left open."

  @SERVER-CLOSE-1 @network
  Scenario: After close() a new connection is refused, and an accepted one still echoes
    Given the program:
      """python
      class Echo(asyncio.Protocol):
          def connection_made(self, transport):
              self.transport = transport
          def data_received(self, data):
              self.transport.write(data)
          def connection_lost(self, exc):
              server_lost.set_result(exc)

      class Client(asyncio.Protocol):
          def __init__(self):
              self.data = b""
              self.got = loop.create_future()
              self.lost = loop.create_future()
          def data_received(self, data):
              self.data = self.data + data
              if len(self.data) == 10:
                  self.got.set_result(self.data)
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      async def main():
          server = await loop.create_server(Echo, "127.0.0.1", 0)
          port = server.sockets[0].getsockname()[1]
          conn = await loop.create_connection(Client, "127.0.0.1", port)
          server.close()
          try:
              late = await loop.create_connection(Client, "127.0.0.1", port)
              record("new connection", "accepted")
              late[0].close()
          except ConnectionRefusedError as e:
              record("new connection", "refused")
          conn[0].write(b"still open")
          echoed = await conn[1].got
          record("the accepted connection echoes", echoed)
          conn[0].close()
          await conn[1].lost
          gone = await server_lost
          record("server side lost", gone)
          await server.wait_closed()

      server_lost = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      new connection: 'refused'
      the accepted connection echoes: b'still open'
      server side lost: None
      """
