Feature: Closing a StreamWriter: close(), wait_closed(), write_eof()
  The asyncio documentation of StreamWriter.close(): "The method closes the stream and the underlying
  socket." and of write_eof(): "Close the write end of the stream after the buffered write data is
  flushed."

  @STREAM-CLOSE-1 @network
  Scenario: write_eof() ends the writing only; close() ends the stream, and wait_closed() returns
    Given the program:
      """python
      async def serve(reader, writer):
          got = await reader.read()
          record("the server reads up to the client's EOF", got)
          writer.write(b"pong")
          writer.close()
          record("is_closing() right after close()", writer.is_closing())
          await writer.wait_closed()
          record("wait_closed() returns", "the server's")
          served.set_result(None)

      async def main():
          server = await asyncio.start_server(serve, "127.0.0.1", 0)
          pair = await asyncio.open_connection("127.0.0.1", server.sockets[0].getsockname()[1])
          reader = pair[0]
          writer = pair[1]
          record("can_write_eof()", writer.can_write_eof())
          writer.write(b"ping")
          writer.write_eof()
          record("is_closing() after write_eof()", writer.is_closing())
          got = await reader.read()
          await served
          record("the client still reads, up to the server's EOF", got)
          writer.close()
          record("is_closing() right after close()", writer.is_closing())
          await writer.wait_closed()
          record("wait_closed() returns", "the client's")
          server.close()
          await server.wait_closed()

      served = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      can_write_eof(): True
      is_closing() after write_eof(): False
      the server reads up to the client's EOF: b'ping'
      is_closing() right after close(): True
      wait_closed() returns: "the server's"
      the client still reads, up to the server's EOF: b'pong'
      is_closing() right after close(): True
      wait_closed() returns: "the client's"
      """
