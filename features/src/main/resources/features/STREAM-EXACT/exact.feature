Feature: StreamReader.readexactly(): n bytes, or IncompleteReadError at EOF
  The asyncio documentation of StreamReader.readexactly(): "Raise an IncompleteReadError if EOF is
  reached before n can be read. Use the IncompleteReadError.partial attribute to get the partially
  read data."

  @STREAM-EXACT-1 @network
  Scenario: readexactly() gives n bytes; at EOF before them, IncompleteReadError with the partial data
    Given the program:
      """python
      async def send(reader, writer):
          writer.write(b"abcdefgh")
          writer.close()
          await writer.wait_closed()

      async def main():
          server = await asyncio.start_server(send, "127.0.0.1", 0)
          pair = await asyncio.open_connection("127.0.0.1", server.sockets[0].getsockname()[1])
          reader = pair[0]
          got = await reader.readexactly(0)
          record("readexactly(0)", got)
          got = await reader.readexactly(3)
          record("readexactly(3)", got)
          got = await reader.readexactly(3)
          record("readexactly(3)", got)
          try:
              await reader.readexactly(-1)
          except ValueError as e:
              record("readexactly(-1)", e)
          try:
              await reader.readexactly(5)
          except asyncio.IncompleteReadError as e:
              record("readexactly(5) with two bytes left", e)
              record("partial", e.partial)
              record("expected", e.expected)
              record("an EOFError", isinstance(e, EOFError))
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
      readexactly(0): b''
      readexactly(3): b'abc'
      readexactly(3): b'def'
      readexactly(-1): ValueError('readexactly size can not be less than zero')
      readexactly(5) with two bytes left: IncompleteReadError('2 bytes read on a total of 5 expected bytes')
      partial: b'gh'
      expected: 5
      an EOFError: True
      then read(): b''
      """
