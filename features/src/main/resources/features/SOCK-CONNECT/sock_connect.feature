Feature: Connecting a socket with the loop
  The asyncio documentation of loop.sock_connect(sock, address): "Connect sock to a remote socket at
  address. Asynchronous version of socket.connect()." CPython raises OSError(err, f"Connect call
  failed {address}"), a ConnectionRefusedError for ECONNREFUSED.

  @SOCK-CONNECT-1 @network
  Scenario: sock_connect connects the socket to the address, and its value is None
    Given the program:
      """python
      async def main():
          listener = tcp_listener()
          address = listener.getsockname()
          client = tcp_socket()
          got = await loop.sock_connect(client, address)
          record("sock_connect's value", got)
          record("the socket is connected to the address", client.getpeername() == address)
          client.close()
          listener.close()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      sock_connect's value: None
      the socket is connected to the address: True
      """

  @SOCK-CONNECT-2 @network
  Scenario: sock_connect to a port nobody listens on raises ConnectionRefusedError, "Connect call failed"
    Given the program:
      """python
      async def main():
          listener = tcp_listener()
          address = listener.getsockname()
          listener.close()
          client = tcp_socket()
          try:
              await loop.sock_connect(client, address)
              record("connected")
          except ConnectionRefusedError as e:
              record("an OSError", isinstance(e, OSError))
              record("its message", str(e) == "[Errno 111] Connect call failed ('127.0.0.1', " + str(address[1]) + ")")
          client.close()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      an OSError: True
      its message: True
      """
