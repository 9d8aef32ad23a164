Feature: Connecting to a Unix socket path where nothing is
  The asyncio documentation of loop.create_unix_connection(): "Create a Unix connection."

  @UNIX-MISSING-1 @unix-sockets
  Scenario: create_unix_connection() and open_unix_connection() to a path where nothing is raise FileNotFoundError
    Given the program:
      """python
      class Client(asyncio.Protocol):
          pass

      async def main():
          path = unix_socket_path()
          try:
              await loop.create_unix_connection(Client, path)
          except FileNotFoundError as e:
              record("create_unix_connection() to a path where nothing is", e)
          try:
              await asyncio.open_unix_connection(path)
          except FileNotFoundError as e:
              record("open_unix_connection() to it", e)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      create_unix_connection() to a path where nothing is: FileNotFoundError('[Errno 2] No such file or directory')
      open_unix_connection() to it: FileNotFoundError('[Errno 2] No such file or directory')
      """
