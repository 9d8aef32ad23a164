Feature: The limit of a stream: LimitOverrunError and ValueError
  The asyncio documentation of StreamReader.readuntil(): "If the amount of data read exceeds the
  configured stream limit, a LimitOverrunError exception is raised, and the data is left in the
  internal buffer and can be read again."

  @STREAM-LIMIT-1 @network
  Scenario: Past the limit with no separator, readuntil() raises LimitOverrunError and keeps the data, readline() raises ValueError
    Given the program:
      """python
      async def send(reader, writer):
          writer.write(b"abcdefghij")
          writer.close()
          await writer.wait_closed()

      async def main():
          server = await asyncio.start_server(send, "127.0.0.1", 0)
          pair = await asyncio.open_connection("127.0.0.1", server.sockets[0].getsockname()[1], limit=4)
          reader = pair[0]
          try:
              await reader.readuntil(b"|")
          except asyncio.LimitOverrunError as e:
              record("readuntil() past the limit", e)
              record("consumed more than the limit", e.consumed > 4)
              record("not an EOFError", isinstance(e, EOFError))
          got = await reader.read(3)
          record("the data stays", got)
          try:
              await reader.readline()
          except ValueError as e:
              record("readline() past the limit", e)
          pair[1].close()
          await pair[1].wait_closed()
          server.close()
          await server.wait_closed()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      readuntil() past the limit: LimitOverrunError('Separator is not found, and chunk exceed the limit')
      consumed more than the limit: True
      not an EOFError: False
      the data stays: b'abc'
      readline() past the limit: ValueError('Separator is not found, and chunk exceed the limit')
      """
