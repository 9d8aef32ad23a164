Feature: What a transport tells of itself
  The asyncio documentation of BaseTransport.get_extra_info(): "'peername': the remote address to
  which the socket is connected [...] 'sockname': the socket's own address", and of
  WriteTransport.get_write_buffer_limits(): "Return a tuple (low, high) where low and high are
  positive number of bytes."

  @TRANSPORT-INFO-1 @network
  Scenario: peername and sockname are the two ends' addresses; an unknown key gives the default
    Given the program:
      """python
      class Kept(asyncio.Protocol):
          def __init__(self):
              self.lost = loop.create_future()
          def connection_made(self, transport):
              self.transport = transport
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      def accept():
          protocol = Kept()
          server_side.set_result(protocol)
          return protocol

      async def main():
          server = await loop.create_server(accept, "127.0.0.1", 0)
          address = server.sockets[0].getsockname()
          conn = await loop.create_connection(Kept, "127.0.0.1", address[1])
          accepted = await server_side
          client = conn[0]
          record("client peername is the server's address", client.get_extra_info("peername") == address)
          record("server side sockname is the server's address", accepted.transport.get_extra_info("sockname") == address)
          record("server side peername is the client's sockname", accepted.transport.get_extra_info("peername") == client.get_extra_info("sockname"))
          record("a tuple of host and port", [len(client.get_extra_info("sockname")), client.get_extra_info("sockname")[0]])
          record("unknown key", client.get_extra_info("no such key"))
          record("unknown key with a default", client.get_extra_info("no such key", "default"))
          client.close()
          await accepted.lost
          await conn[1].lost
          server.close()
          await server.wait_closed()

      server_side = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      client peername is the server's address: True
      server side sockname is the server's address: True
      server side peername is the client's sockname: True
      a tuple of host and port: [2, '127.0.0.1']
      unknown key: None
      unknown key with a default: 'default'
      """

  @TRANSPORT-INFO-2 @network
  Scenario: set_write_buffer_limits sets what get_write_buffer_limits gives, and checks its order
    Given the program:
      """python
      class Kept(asyncio.Protocol):
          def __init__(self):
              self.lost = loop.create_future()
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      def accept():
          protocol = Kept()
          server_side.set_result(protocol)
          return protocol

      async def main():
          server = await loop.create_server(accept, "127.0.0.1", 0)
          port = server.sockets[0].getsockname()[1]
          conn = await loop.create_connection(Kept, "127.0.0.1", port)
          client = conn[0]
          record("buffered when idle", client.get_write_buffer_size())
          client.set_write_buffer_limits(high=1000, low=100)
          record("limits", client.get_write_buffer_limits())
          try:
              client.set_write_buffer_limits(high=10, low=20)
          except ValueError as e:
              record("low above high", e)
          record("limits kept", client.get_write_buffer_limits())
          client.close()
          accepted = await server_side
          await accepted.lost
          await conn[1].lost
          server.close()
          await server.wait_closed()

      server_side = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      buffered when idle: 0
      limits: (100, 1000)
      low above high: ValueError('high (10) must be >= low (20) must be >= 0')
      limits kept: (100, 1000)
      """
