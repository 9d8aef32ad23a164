Feature: An exception in a protocol callback ends the connection
  The asyncio documentation of BaseProtocol.connection_lost(exc): "The argument is either an
  exception object or None. The latter means a regular EOF is received, or the connection was
  aborted or closed by this side of the connection." CPython's transport treats an exception from
  data_received as fatal: it reports it to the exception handler and closes the connection with it.

  @PROTO-ERROR-1 @network
  Scenario: data_received raising goes to the exception handler and ends its connection in connection_lost(that exception)
    Given the program:
      """python
      class Fragile(asyncio.Protocol):
          def __init__(self):
              self.lost = loop.create_future()
              server_side.set_result(self)
          def data_received(self, data):
              raise ValueError("boom")
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      class Client(asyncio.Protocol):
          def __init__(self):
              self.lost = loop.create_future()
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      async def main():
          server = await loop.create_server(Fragile, "127.0.0.1", 0)
          port = server.sockets[0].getsockname()[1]
          conn = await loop.create_connection(Client, "127.0.0.1", port)
          conn[0].write(b"hi")
          accepted = await server_side
          error = await accepted.lost
          record("the failing side's connection_lost", error)
          end = await conn[1].lost
          record("the peer's connection_lost", end)
          server.close()
          await server.wait_closed()

      server_side = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      !handler: ValueError('boom')
      the failing side's connection_lost: ValueError('boom')
      the peer's connection_lost: None
      """
