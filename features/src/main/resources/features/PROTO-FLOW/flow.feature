Feature: Write flow control: pause_writing and resume_writing at the water marks
  The asyncio documentation of BaseProtocol.pause_writing(): "Called when the transport's buffer
  goes over the high watermark." and of resume_writing(): "Called when the transport's buffer
  drains below the low watermark."

  @PROTO-FLOW-1 @network
  Scenario: A write that fills the buffer past the high mark pauses the protocol, and draining resumes it
    Given the program:
      """python
      class Sink(asyncio.Protocol):
          def __init__(self):
              self.received = 0
              self.lost = loop.create_future()
          def data_received(self, data):
              self.received = self.received + len(data)
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      class Source(asyncio.Protocol):
          def __init__(self):
              self.events = []
              self.lost = loop.create_future()
          def connection_made(self, transport):
              self.transport = transport
          def pause_writing(self):
              self.events = self.events + [["pause_writing", self.transport.get_write_buffer_size() > 1000]]
          def resume_writing(self):
              self.events = self.events + [["resume_writing", self.transport.get_write_buffer_size() <= 100]]
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      def accept():
          protocol = Sink()
          server_side.set_result(protocol)
          return protocol

      async def main():
          server = await loop.create_server(accept, "127.0.0.1", 0)
          port = server.sockets[0].getsockname()[1]
          conn = await loop.create_connection(Source, "127.0.0.1", port)
          conn[0].set_write_buffer_limits(high=1000, low=100)
          conn[0].write(b"x" * 9000000)
          record("right after the write", conn[1].events)
          conn[0].close()
          await conn[1].lost
          accepted = await server_side
          await accepted.lost
          server.close()
          await server.wait_closed()
          record("in the end", conn[1].events)
          record("received", accepted.received)

      server_side = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      right after the write: [['pause_writing', True]]
      in the end: [['pause_writing', True], ['resume_writing', True]]
      received: 9000000
      """
