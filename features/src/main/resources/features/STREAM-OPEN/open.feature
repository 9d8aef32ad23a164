Feature: Opening streams: open_connection() and start_server()
  The asyncio documentation of open_connection(): "Establish a network connection and return a pair
  of (reader, writer) objects." and of start_server(): "The client_connected_cb callback is called
  whenever a new client connection is established. It receives a (reader, writer) pair as two
  arguments".

  @STREAM-OPEN-1 @network
  Scenario: open_connection() gives a reader and a writer; a coroutine function as the callback runs as a task
    Given the program:
      """python
      async def serve(reader, writer):
          accepted.set_result(writer)

      async def main():
          server = await asyncio.start_server(serve, "127.0.0.1", 0)
          port = server.sockets[0].getsockname()[1]
          pair = await asyncio.open_connection("127.0.0.1", port)
          record("open_connection gives a pair", len(pair))
          writer = pair[1]
          record("its peer is the server", writer.get_extra_info("peername")[1] == port)
          peer = await accepted
          record("the callback runs as a task, with the writer of the server's side", peer.get_extra_info("peername") == writer.get_extra_info("sockname"))
          peer.close()
          await peer.wait_closed()
          writer.close()
          await writer.wait_closed()
          server.close()
          await server.wait_closed()

      accepted = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      open_connection gives a pair: 2
      its peer is the server: True
      the callback runs as a task, with the writer of the server's side: True
      """

  @STREAM-OPEN-1 @network
  Scenario: A plain function as the callback is called with the server side of the connection
    Given the program:
      """python
      def accept(reader, writer):
          accepted.set_result(writer)

      async def main():
          server = await asyncio.start_server(accept, "127.0.0.1", 0)
          pair = await asyncio.open_connection("127.0.0.1", server.sockets[0].getsockname()[1])
          peer = await accepted
          record("a plain function is called with the writer of the server's side", peer.get_extra_info("peername") == pair[1].get_extra_info("sockname"))
          peer.close()
          await peer.wait_closed()
          pair[1].close()
          await pair[1].wait_closed()
          server.close()
          await server.wait_closed()

      accepted = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      a plain function is called with the writer of the server's side: True
      """
