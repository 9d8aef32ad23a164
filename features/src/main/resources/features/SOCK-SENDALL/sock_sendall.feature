Feature: Sending all of some data with the loop
  The asyncio documentation of loop.sock_sendall(sock, data): "coroutine loop.sock_sendall(sock,
  data): Send data to the sock socket. Asynchronous version of socket.sendall(). This method
  continues to send to the socket until either all data in data has been sent or an error occurs.
  None is returned on success."

  @SOCK-SENDALL-1 @network
  Scenario: sock_sendall's value is None once the data is sent
    Given the program:
      """python
      async def main():
          ab = socketpair()
          a = ab[0]
          b = ab[1]
          got = await loop.sock_sendall(a, b"hello")
          record("value", got)
          record("received", b.recv(100))
          a.close()
          b.close()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      value: None
      received: b"hello"
      """

  @SOCK-SENDALL-1 @network
  Scenario: sock_sendall returns a coroutine that sends more than the socket takes at once, whole and in order
    Given the program:
      """python
      async def main():
          ab = socketpair()
          a = ab[0]
          b = ab[1]
          data = b"0123456789" * 60000
          sending = asyncio.create_task(loop.sock_sendall(a, data))
          received = b""
          while len(received) < len(data):
              chunk = await loop.sock_recv(b, 65536)
              received = received + chunk
          got = await sending
          record("value", got)
          record("received as sent", received == data)
          a.close()
          b.close()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      value: None
      received as sent: True
      """

  @SOCK-SENDALL-2 @network
  Scenario: sock_sendall waiting to send the rest raises the error that ends the connection
    Given the program:
      """python
      async def main():
          ab = socketpair()
          a = ab[0]
          b = ab[1]
          sending = asyncio.create_task(loop.sock_sendall(a, b"x" * 600000))
          await asyncio.sleep(0)
          b.close()
          try:
              got = await sending
              record("sent", got)
          except BrokenPipeError as e:
              record("sock_sendall raised", e)
          a.close()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      sock_sendall raised: BrokenPipeError("[Errno 32] Broken pipe")
      """
