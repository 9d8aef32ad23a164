Feature: StreamReader.read(): at most n bytes, everything up to EOF, then b''
  The asyncio documentation of StreamReader.read(): "If n is not provided or set to -1, read until
  EOF, then return all read bytes. If EOF was received and the internal buffer is empty, return an
  empty bytes object. If n is 0, return an empty bytes object immediately."

  @STREAM-READ-1 @network
  Scenario: read(0), read(2), then read() up to EOF, then b'' at EOF
    Given the program:
      """python
      async def send(reader, writer):
          writer.write(b"abcdef")
          writer.writelines([b"gh", b"ij"])
          writer.close()
          await writer.wait_closed()

      async def main():
          server = await asyncio.start_server(send, "127.0.0.1", 0)
          pair = await asyncio.open_connection("127.0.0.1", server.sockets[0].getsockname()[1])
          reader = pair[0]
          record("at_eof() before EOF", reader.at_eof())
          nothing = await reader.read(0)
          record("read(0)", nothing)
          first = await reader.read(2)
          record("read(2) gives one or two bytes", len(first) >= 1 and len(first) <= 2)
          rest = await reader.read()
          record("read() gives the rest, in order, up to EOF", first + rest)
          record("at_eof() after it", reader.at_eof())
          end = await reader.read(5)
          record("read(5) at EOF", end)
          end = await reader.read()
          record("read() at EOF", end)
          pair[1].close()
          await pair[1].wait_closed()
          server.close()
          await server.wait_closed()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      at_eof() before EOF: False
      read(0): b''
      read(2) gives one or two bytes: True
      read() gives the rest, in order, up to EOF: b'abcdefghij'
      at_eof() after it: True
      read(5) at EOF: b''
      read() at EOF: b''
      """
