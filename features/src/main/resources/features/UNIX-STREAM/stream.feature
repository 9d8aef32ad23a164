Feature: Streams over Unix domain sockets
  The asyncio documentation of open_unix_connection(): "Similar to open_connection() but operates on
  Unix sockets."

  @UNIX-STREAM-1 @unix-sockets
  Scenario: open_unix_connection() and start_unix_server() exchange a line over a Unix socket
    Given the program:
      """python
      async def serve(reader, writer):
          line = await reader.readline()
          writer.write(b"echo " + line)
          writer.close()
          await writer.wait_closed()

      async def main():
          path = unix_socket_path()
          server = await asyncio.start_unix_server(serve, path)
          pair = await asyncio.open_unix_connection(path)
          record("open_unix_connection gives a pair", len(pair))
          record("the writer's peername is the path", pair[1].get_extra_info("peername") == path)
          pair[1].write(b"hi\n")
          got = await pair[0].read()
          record("the client reads the server's answer, up to EOF", got)
          pair[1].close()
          await pair[1].wait_closed()
          server.close()
          await server.wait_closed()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      open_unix_connection gives a pair: 2
      the writer's peername is the path: True
      the client reads the server's answer, up to EOF: b'echo hi\n'
      """
