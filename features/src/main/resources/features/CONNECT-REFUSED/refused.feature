Feature: A connection nobody accepts raises ConnectionRefusedError
  The asyncio documentation of loop.create_connection(): "Open a streaming transport connection to
  a given address specified by host and port." CPython's sock_connect raises
  OSError(err, f'Connect call failed {address}'), a ConnectionRefusedError for ECONNREFUSED.

  @CONNECT-REFUSED-1 @network
  Scenario: Connecting to a port nobody listens on raises ConnectionRefusedError, "Connect call failed"
    Given the program:
      """python
      class Quiet(asyncio.Protocol):
          pass

      class Client(asyncio.Protocol):
          def __init__(self):
              record("factory called")

      async def main():
          server = await loop.create_server(Quiet, "127.0.0.1", 0)
          port = server.sockets[0].getsockname()[1]
          server.close()
          await server.wait_closed()
          try:
              conn = await loop.create_connection(Client, "127.0.0.1", port)
              record("connected")
              conn[0].close()
          except ConnectionRefusedError as e:
              record("an OSError", isinstance(e, OSError))
              record("its message", str(e) == "[Errno 111] Connect call failed ('127.0.0.1', " + str(port) + ")")

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      an OSError: True
      its message: True
      """
