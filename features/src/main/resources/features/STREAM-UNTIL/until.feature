Feature: StreamReader.readuntil(): up to and including the separator
  The asyncio documentation of StreamReader.readuntil(): "Returned data will include the separator
  at the end. [...] If EOF is reached before the complete separator is found, an
  IncompleteReadError exception is raised, and the internal buffer is reset."

  @STREAM-UNTIL-1 @network
  Scenario: readuntil() with the default and a two-byte separator; at EOF before one, IncompleteReadError
    Given the program:
      """python
      async def send(reader, writer):
          writer.write(b"first\nkey=value;;next;;tail")
          writer.close()
          await writer.wait_closed()

      async def main():
          server = await asyncio.start_server(send, "127.0.0.1", 0)
          pair = await asyncio.open_connection("127.0.0.1", server.sockets[0].getsockname()[1])
          reader = pair[0]
          got = await reader.readuntil()
          record("readuntil()", got)
          got = await reader.readuntil(b";;")
          record("readuntil(b';;')", got)
          got = await reader.readuntil(separator=b";;")
          record("readuntil(separator=b';;')", got)
          try:
              await reader.readuntil(b"")
          except ValueError as e:
              record("readuntil(b'')", e)
          try:
              await reader.readuntil(b";;")
          except asyncio.IncompleteReadError as e:
              record("readuntil(b';;') at EOF", e)
              record("partial", e.partial)
              record("expected", e.expected)
          got = await reader.read()
          record("then read()", got)
          pair[1].close()
          await pair[1].wait_closed()
          server.close()
          await server.wait_closed()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      readuntil(): b'first\n'
      readuntil(b';;'): b'key=value;;'
      readuntil(separator=b';;'): b'next;;'
      readuntil(b''): ValueError('Separator should be at least one-byte string')
      readuntil(b';;') at EOF: IncompleteReadError('4 bytes read on a total of undefined expected bytes')
      partial: b'tail'
      expected: None
      then read(): b''
      """
