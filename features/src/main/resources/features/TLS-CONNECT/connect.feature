Feature: TLS connections: create_connection and create_server with ssl=
  The asyncio documentation of loop.create_connection(): "ssl: if given and not false, a SSL/TLS
  transport is created (by default a plain TCP transport is created). If ssl is a ssl.SSLContext
  object, this context is used to create the transport". Of loop.create_server(): "ssl can be set to
  an SSLContext instance to enable TLS over the accepted connections."

  @TLS-CONNECT-1 @network @tls
  Scenario: create_connection(ssl=) and create_server(ssl=) exchange data over TLS, and the transport knows its context
    Given the program:
      """python
      class Echo(asyncio.Protocol):
          def connection_made(self, transport):
              self.transport = transport

          def data_received(self, data):
              self.transport.write(b"echo " + data)

      class Client(asyncio.Protocol):
          def __init__(self):
              self.answer = loop.create_future()
              self.lost = loop.create_future()

          def connection_made(self, transport):
              record("the client's connection_made comes before create_connection's value")

          def data_received(self, data):
              self.answer.set_result(data)

          def connection_lost(self, exc):
              self.lost.set_result(exc)

      async def main():
          server = await loop.create_server(Echo, "127.0.0.1", 0, ssl=tls_server_context())
          port = server.sockets[0].getsockname()[1]
          context = tls_client_context()
          conn = await loop.create_connection(Client, "127.0.0.1", port, ssl=context)
          record("create_connection gave (transport, protocol)")
          transport = conn[0]
          record("the transport's sslcontext is the client's", transport.get_extra_info("sslcontext") is context)
          record("a TLS transport cannot write EOF", transport.can_write_eof())
          try:
              transport.write_eof()
              record("write_eof() returned")
          except NotImplementedError:
              record("write_eof() raises NotImplementedError")
          transport.write(b"hello")
          got = await conn[1].answer
          record("the client reads the server's answer", got)
          transport.close()
          exc = await conn[1].lost
          record("close() ends in connection_lost", exc)
          server.close()
          await server.wait_closed()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the client's connection_made comes before create_connection's value
      create_connection gave (transport, protocol)
      the transport's sslcontext is the client's: True
      a TLS transport cannot write EOF: False
      write_eof() raises NotImplementedError
      the client reads the server's answer: b'echo hello'
      close() ends in connection_lost: None
      """

  @TLS-CONNECT-2 @network @tls
  Scenario: open_connection(ssl=) and start_server(ssl=) exchange a line over TLS
    Given the program:
      """python
      async def serve(reader, writer):
          line = await reader.readline()
          writer.write(b"echo " + line)
          await writer.drain()
          writer.close()
          await writer.wait_closed()

      async def main():
          server = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=tls_server_context())
          port = server.sockets[0].getsockname()[1]
          context = tls_client_context()
          pair = await asyncio.open_connection("127.0.0.1", port, ssl=context)
          writer = pair[1]
          record("the writer's sslcontext is the client's", writer.get_extra_info("sslcontext") is context)
          writer.write(b"hello\n")
          got = await pair[0].readline()
          record("the client reads the server's line", got)
          writer.close()
          await writer.wait_closed()
          server.close()
          await server.wait_closed()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the writer's sslcontext is the client's: True
      the client reads the server's line: b'echo hello\n'
      """
