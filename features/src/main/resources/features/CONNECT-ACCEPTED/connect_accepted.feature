Feature: Wrapping an accepted connection: connect_accepted_socket()
  The asyncio documentation of loop.connect_accepted_socket(protocol_factory, sock): "Wrap an
  already accepted connection into a transport/protocol pair. This method can be used by servers
  that accept connections outside of asyncio but that use asyncio to handle them. sock is a
  preexisting socket object returned from socket.accept(). Returns a (transport, protocol) pair."

  @CONNECT-ACCEPTED-1 @network
  Scenario: connect_accepted_socket gives a transport and protocol over the socket, and the transport's close() closes it
    Given the program:
      """python
      class Echo(asyncio.Protocol):
          def connection_made(self, transport):
              record("connection_made")
              self.transport = transport

          def data_received(self, data):
              record("data_received", data)
              self.transport.write(b"echo " + data)

          def connection_lost(self, exc):
              record("connection_lost", exc)

      async def main():
          listener = tcp_listener()
          client = tcp_socket()
          accepting = asyncio.create_task(loop.sock_accept(listener))
          await asyncio.sleep(0)
          await loop.sock_connect(client, listener.getsockname())
          pair = await accepting
          conn = await loop.connect_accepted_socket(Echo, pair[0])
          record("connect_accepted_socket gives (transport, protocol)", len(conn))
          record("the transport's peer is the client", conn[0].get_extra_info("peername") == client.getsockname())
          await loop.sock_sendall(client, b"hi")
          got = await loop.sock_recv(client, 100)
          record("the client reads the answer", got)
          conn[0].close()
          got = await loop.sock_recv(client, 100)
          record("close() closes the accepted socket, and the client reads EOF", got)
          client.close()
          listener.close()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      connection_made
      connect_accepted_socket gives (transport, protocol): 2
      the transport's peer is the client: True
      data_received: b'hi'
      the client reads the answer: b'echo hi'
      connection_lost: None
      close() closes the accepted socket, and the client reads EOF: b''
      """
