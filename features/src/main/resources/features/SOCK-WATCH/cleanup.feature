Feature: What sock_recv and sock_sendall leave watched
  asyncio's sock_recv and sock_sendall wait for their socket with a reader or a writer of the loop
  (selector_events.py), which they remove once done: the program may then watch the socket itself
  (asyncio-eventloop, "Watching file descriptors").

  @SOCK-WATCH-1 @network
  Scenario: A sock_recv and a sock_sendall that waited leave no reader or writer on their sockets
    Given the program:
      """python
      async def main():
          ab = socketpair()
          a = ab[0]
          b = ab[1]
          loop.call_soon(b.send, b"hello")
          got = await loop.sock_recv(a, 100)
          record("received", got)
          record("a reader left on the receiving socket", loop.remove_reader(a))
          sending = asyncio.create_task(loop.sock_sendall(a, b"x" * 600000))
          size = 0
          while size < 600000:
              chunk = await loop.sock_recv(b, 65536)
              size = size + len(chunk)
          await sending
          record("a writer left on the sending socket", loop.remove_writer(a))
          a.close()
          b.close()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      received: b"hello"
      a reader left on the receiving socket: False
      a writer left on the sending socket: False
      """
