Feature: A TLS client refuses a server whose certificate it does not trust
  The asyncio documentation of loop.create_connection(): "If ssl is a ssl.SSLContext object, this
  context is used to create the transport". Python's ssl module: with PROTOCOL_TLS_CLIENT, "the
  client verifies the server's certificate": a certificate that fails verification raises
  SSLCertVerificationError.

  @TLS-VERIFY-1 @network @tls
  Scenario: create_connection(ssl=) raises SSLCertVerificationError when the client does not trust the server's certificate
    Given the program:
      """python
      class Quiet(asyncio.Protocol):
          pass

      class Client(asyncio.Protocol):
          def connection_made(self, transport):
              record("the client's connection_made was called")

      async def main():
          server = await loop.create_server(Quiet, "127.0.0.1", 0, ssl=tls_server_context())
          port = server.sockets[0].getsockname()[1]
          try:
              conn = await loop.create_connection(Client, "127.0.0.1", port, ssl=tls_client_context(trust=False))
              record("connected")
              conn[0].close()
          except SSLCertVerificationError as e:
              record("create_connection raised SSLCertVerificationError, an SSLError", isinstance(e, SSLError))
              record("and a ValueError", isinstance(e, ValueError))
          server.close()
          await server.wait_closed()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      create_connection raised SSLCertVerificationError, an SSLError: True
      and a ValueError: True
      """
