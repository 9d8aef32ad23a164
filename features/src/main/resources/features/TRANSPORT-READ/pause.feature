Feature: Pausing the receiving end of a transport
  The asyncio documentation of ReadTransport.pause_reading(): "Pause the receiving end of the
  transport. No data will be passed to the protocol's protocol.data_received() method until
  resume_reading() is called." and of is_reading(): "Return True if the transport is receiving new
  data."

  @TRANSPORT-READ-1 @network
  Scenario: A paused transport passes no data until resume_reading(); then it passes all of it
    Given the program:
      """python
      class Paused(asyncio.Protocol):
          def __init__(self):
              self.data = b""
              self.calls = 0
              self.lost = loop.create_future()
          def connection_made(self, transport):
              self.transport = transport
              server_side.set_result(self)
          def data_received(self, data):
              self.calls = self.calls + 1
              self.data = self.data + data
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      class Client(asyncio.Protocol):
          def __init__(self):
              self.lost = loop.create_future()
          def connection_lost(self, exc):
              self.lost.set_result(exc)

      async def main():
          server = await loop.create_server(Paused, "127.0.0.1", 0)
          port = server.sockets[0].getsockname()[1]
          conn = await loop.create_connection(Client, "127.0.0.1", port)
          accepted = await server_side
          record("reading at first", accepted.transport.is_reading())
          accepted.transport.pause_reading()
          record("reading after pause", accepted.transport.is_reading())
          conn[0].write(b"waiting ")
          conn[0].write(b"data")
          await asyncio.sleep(0.05)
          record("calls while paused", accepted.calls)
          accepted.transport.resume_reading()
          record("reading after resume", accepted.transport.is_reading())
          conn[0].close()
          await accepted.lost
          await conn[1].lost
          server.close()
          await server.wait_closed()
          record("data after resume", accepted.data)

      server_side = loop.create_future()
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      reading at first: True
      reading after pause: False
      calls while paused: 0
      reading after resume: True
      data after resume: b'waiting data'
      """
