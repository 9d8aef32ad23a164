Feature: What a server tells of itself
  The asyncio documentation of loop.create_server(): "Create a TCP server (socket type
  SOCK_STREAM) listening on port of the host address. Returns a Server object." and of
  Server.is_serving(): "Return True if the server is accepting new connections."

  @SERVER-STATE-1 @network
  Scenario: A new server serves on the address asked, on a port the system chose
    Given the program:
      """python
      class Quiet(asyncio.Protocol):
          pass

      async def main():
          server = await loop.create_server(Quiet, "127.0.0.1", 0)
          record("serving", server.is_serving())
          record("sockets", len(server.sockets))
          address = server.sockets[0].getsockname()
          record("host", address[0])
          record("port chosen", address[1] > 0)
          record("its loop", server.get_loop() is loop)
          server.close()
          record("serving after close", server.is_serving())
          record("sockets after close", len(server.sockets))
          await server.wait_closed()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      serving: True
      sockets: 1
      host: '127.0.0.1'
      port chosen: True
      its loop: True
      serving after close: False
      sockets after close: 0
      """

  @SERVER-STATE-1 @network
  Scenario: A server made with start_serving=False serves once start_serving() is awaited
    Given the program:
      """python
      class Quiet(asyncio.Protocol):
          pass

      async def main():
          server = await loop.create_server(Quiet, "127.0.0.1", 0, start_serving=False)
          record("serving", server.is_serving())
          await server.start_serving()
          record("serving after start_serving", server.is_serving())
          server.close()
          await server.wait_closed()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      serving: False
      serving after start_serving: True
      """

  @SERVER-STATE-2 @network
  Scenario: Server.sockets is a tuple, () once the server is closed
    Given the program:
      """python
      class Quiet(asyncio.Protocol):
          pass

      async def main():
          server = await loop.create_server(Quiet, "127.0.0.1", 0)
          sockets = server.sockets
          record("a tuple", sockets == tuple(sockets))
          server.close()
          await server.wait_closed()
          record("after close", server.sockets)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      a tuple: True
      after close: ()
      """
