Feature: StreamWriter.drain(): flow control
  The asyncio documentation of StreamWriter.drain(): "When the size of the buffer reaches the high
  watermark, drain() blocks until the size of the buffer is drained down to the low watermark and
  writing can be resumed. When there is nothing to wait for, the drain() returns immediately."

  @STREAM-DRAIN-1 @network
  Scenario: drain() returns at once with nothing buffered, and waits over the high water mark until the peer reads
    Given the program:
      """python
      async def serve(reader, writer):
          accepted.set_result(reader)
          await done
          writer.close()
          await writer.wait_closed()

      async def main():
          server = await asyncio.start_server(serve, "127.0.0.1", 0)
          pair = await asyncio.open_connection("127.0.0.1", server.sockets[0].getsockname()[1])
          writer = pair[1]
          result = await writer.drain()
          record("drain() with nothing buffered", result)
          writer.transport.set_write_buffer_limits(high=1000, low=100)
          writer.write(b"x" * 9000000)
          draining = asyncio.create_task(writer.drain())
          await asyncio.sleep(0)
          await asyncio.sleep(0)
          record("drain() waits while the buffer is over the high mark", draining.done())
          peer = await accepted
          data = await peer.readexactly(9000000)
          record("the peer reads it all", len(data))
          result = await draining
          record("then drain() returns", result)
          done.set_result(None)
          writer.close()
          await writer.wait_closed()
          server.close()
          await server.wait_closed()

      accepted = loop.create_future()
      done = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      drain() with nothing buffered: None
      drain() waits while the buffer is over the high mark: False
      the peer reads it all: 9000000
      then drain() returns: None
      """
