Feature: Upgrading a connection to TLS: loop.start_tls()
  The asyncio documentation of loop.start_tls(transport, protocol, sslcontext, *, server_side=False,
  server_hostname=None): "Upgrade an existing transport-based connection to TLS. Create a TLS
  coder/decoder instance and insert it between the transport and the protocol. The coder/decoder
  implements both transport-facing protocol and protocol-facing transport. Return the created two-
  interface instance. After await, the protocol must stop using the original transport and
  communicate with the returned object only."

  @TLS-START-1 @network @tls
  Scenario: start_tls() upgrades both ends of a plain connection, and the same protocols go on over TLS
    Given the program:
      """python
      class Server(asyncio.Protocol):
          def connection_made(self, transport):
              self.transport = transport
              accepted.set_result(self)

          def data_received(self, data):
              record("the server reads", data)
              self.transport.write(b"echo " + data)

      class Client(asyncio.Protocol):
          def __init__(self):
              self.answers = asyncio.Queue()
              self.lost = loop.create_future()

          def connection_made(self, transport):
              record("the client's connection_made")

          def data_received(self, data):
              self.answers.put_nowait(data)

          def connection_lost(self, exc):
              self.lost.set_result(exc)

      async def main():
          server = await loop.create_server(Server, "127.0.0.1", 0)
          port = server.sockets[0].getsockname()[1]
          conn = await loop.create_connection(Client, "127.0.0.1", port)
          transport = conn[0]
          client = conn[1]
          served = await accepted
          transport.write(b"plain")
          got = await client.answers.get()
          record("the client reads, in plain text", got)
          upgrading = asyncio.ensure_future(loop.start_tls(served.transport, served, tls_server_context(), server_side=True))
          await asyncio.sleep(0)
          tls = await loop.start_tls(transport, client, tls_client_context(), server_hostname="127.0.0.1")
          upgraded = await upgrading
          served.transport = upgraded
          record("start_tls gives a new transport", tls is not transport)
          record("for the same protocol", tls.get_protocol() is client)
          tls.write(b"secret")
          got = await client.answers.get()
          record("the client reads, over TLS", got)
          tls.close()
          exc = await client.lost
          record("closing the TLS transport ends in connection_lost", exc)
          server.close()
          await server.wait_closed()

      accepted = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the client's connection_made
      the server reads: b'plain'
      the client reads, in plain text: b'echo plain'
      start_tls gives a new transport: True
      for the same protocol: True
      the server reads: b'secret'
      the client reads, over TLS: b'echo secret'
      closing the TLS transport ends in connection_lost: None
      """
