Feature: StreamReader.readline(): lines with their newline, then the rest
  The asyncio documentation of StreamReader.readline(): "If EOF is received and \n was not found, the
  method returns partially read data. If EOF is received and the internal buffer is empty, return an
  empty bytes object."

  @STREAM-LINE-1 @network
  Scenario: readline() gives each line, an empty line as a newline, the rest at EOF, then b''
    Given the program:
      """python
      async def send(reader, writer):
          writer.write(b"line one\nline two\n")
          writer.write(b"\npartial")
          writer.close()
          await writer.wait_closed()

      async def main():
          server = await asyncio.start_server(send, "127.0.0.1", 0)
          pair = await asyncio.open_connection("127.0.0.1", server.sockets[0].getsockname()[1])
          reader = pair[0]
          for i in range(5):
              line = await reader.readline()
              record("readline()", line)
          record("at_eof()", reader.at_eof())
          pair[1].close()
          await pair[1].wait_closed()
          server.close()
          await server.wait_closed()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      readline(): b'line one\n'
      readline(): b'line two\n'
      readline(): b'\n'
      readline(): b'partial'
      readline(): b''
      at_eof(): True
      """
