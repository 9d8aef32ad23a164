Feature: Unix domain sockets: create_unix_server() and create_unix_connection()
  The asyncio documentation of loop.create_unix_server(): "Similar to loop.create_server() but works
  with the AF_UNIX socket family."

  @UNIX-SERVER-1 @unix-sockets
  Scenario: A Unix server at a path echoes what a connection to it writes, and both ends name the path
    Given the program:
      """python
      class Echo(asyncio.Protocol):
          def connection_made(self, transport):
              self.transport = transport
              accepted.set_result([transport.get_extra_info("sockname"), transport.get_extra_info("peername")])
          def data_received(self, data):
              self.transport.write(b"echo " + data)

      class Client(asyncio.Protocol):
          def __init__(self):
              self.data = b""
              self.lost = loop.create_future()
          def data_received(self, data):
              self.data = self.data + data
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      async def main():
          path = unix_socket_path()
          server = await loop.create_unix_server(Echo, path)
          record("the server listens at the path", server.sockets[0].getsockname() == path)
          conn = await loop.create_unix_connection(Client, path)
          transport = conn[0]
          record("the client's peername is the path, its sockname ''", [transport.get_extra_info("peername") == path, transport.get_extra_info("sockname")])
          names = await accepted
          record("the server side's sockname is the path, its peername ''", [names[0] == path, names[1]])
          record("can_write_eof()", transport.can_write_eof())
          transport.write(b"hello")
          transport.write_eof()
          lost = await conn[1].lost
          record("the client reads the answer, then EOF", [conn[1].data, lost])
          server.close()
          await server.wait_closed()

      accepted = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the server listens at the path: True
      the client's peername is the path, its sockname '': [True, '']
      the server side's sockname is the path, its peername '': [True, '']
      can_write_eof(): True
      the client reads the answer, then EOF: [b'echo hello', None]
      """
