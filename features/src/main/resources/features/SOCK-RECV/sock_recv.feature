Feature: Receiving from a socket with the loop
  The asyncio documentation of loop.sock_recv(sock, nbytes): "coroutine loop.sock_recv(sock,
  nbytes): Receive up to nbytes from sock. Asynchronous version of socket.recv(). Return the
  received data as a bytes object. sock must be a non-blocking socket."

  @SOCK-RECV-1 @network
  Scenario: sock_recv returns a coroutine, which a task can run
    Given the program:
      """python
      async def main():
          ab = socketpair()
          a = ab[0]
          b = ab[1]
          receiving = asyncio.create_task(loop.sock_recv(a, 100))
          b.send(b"abc")
          got = await receiving
          record("received", got)
          a.close()
          b.close()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      received: b"abc"
      """

  @SOCK-RECV-2 @network
  Scenario: sock_recv waits for data, gives at most nbytes in order, and b"" once the peer has closed
    Given the program:
      """python
      async def main():
          ab = socketpair()
          a = ab[0]
          b = ab[1]
          loop.call_soon(b.send, b"hello")
          got = await loop.sock_recv(a, 3)
          record("first 3", got)
          got = await loop.sock_recv(a, 100)
          record("the rest", got)
          loop.call_soon(b.close)
          got = await loop.sock_recv(a, 100)
          record("after the peer closed", got)
          a.close()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      first 3: b"hel"
      the rest: b"lo"
      after the peer closed: b""
      """

  @SOCK-RECV-3 @network
  Scenario: sock_recv waiting for data raises the error that ends the connection
    Given the program:
      """python
      async def main():
          ab = socketpair()
          a = ab[0]
          b = ab[1]
          a.send(b"never read")
          receiving = asyncio.create_task(loop.sock_recv(a, 100))
          await asyncio.sleep(0)
          b.close()
          try:
              got = await receiving
              record("received", got)
          except ConnectionResetError as e:
              record("sock_recv raised", e)
          a.close()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      sock_recv raised: ConnectionResetError("[Errno 104] Connection reset by peer")
      """
