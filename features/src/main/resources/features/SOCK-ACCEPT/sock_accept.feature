Feature: Accepting a connection with the loop
  The asyncio documentation of loop.sock_accept(sock): "Accept a connection. Modeled after the
  blocking socket.accept() method. The socket must be bound to an address and listening for
  connections. The return value is a pair (conn, address) where conn is a new socket object usable
  to send and receive data on the connection, and address is the address bound to the socket on the
  other end of the connection."

  @SOCK-ACCEPT-1 @network
  Scenario: sock_accept returns a coroutine that waits for a connection and gives (socket, address)
    Given the program:
      """python
      async def main():
          listener = tcp_listener()
          address = listener.getsockname()
          client = tcp_socket()
          accepting = asyncio.create_task(loop.sock_accept(listener))
          await asyncio.sleep(0)
          await loop.sock_connect(client, address)
          pair = await accepting
          conn = pair[0]
          record("sock_accept gives (socket, address), the address the client's", pair[1] == client.getsockname())
          await loop.sock_sendall(client, b"hello")
          data = await loop.sock_recv(conn, 100)
          record("the accepted socket receives what the client sent", data)
          conn.close()
          client.close()
          listener.close()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      sock_accept gives (socket, address), the address the client's: True
      the accepted socket receives what the client sent: b'hello'
      """
