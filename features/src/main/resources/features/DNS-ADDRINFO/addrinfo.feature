Feature: loop.getaddrinfo(): the addresses of a numeric host and of localhost
  The asyncio documentation of loop.getaddrinfo(): "Asynchronous version of socket.getaddrinfo()."

  @DNS-ADDRINFO-1 @network
  Scenario: getaddrinfo() of 127.0.0.1 and localhost, for a stream and a datagram socket, with an int, a str and no port
    Given the program:
      """python
      async def main():
          infos = await loop.getaddrinfo("127.0.0.1", 80, type=SOCK_STREAM)
          for info in infos:
              record("127.0.0.1, 80, SOCK_STREAM", [info[0] == AF_INET, info[1] == SOCK_STREAM, info[2], info[3], info[4]])
          infos = await loop.getaddrinfo("127.0.0.1", "8080", family=AF_INET, type=SOCK_DGRAM)
          for info in infos:
              record("127.0.0.1, '8080', AF_INET, SOCK_DGRAM", [info[0] == AF_INET, info[1] == SOCK_DGRAM, info[2], info[3], info[4]])
          infos = await loop.getaddrinfo("localhost", None, family=AF_INET, type=SOCK_STREAM)
          for info in infos:
              record("localhost, None, AF_INET, SOCK_STREAM", [info[0] == AF_INET, info[1] == SOCK_STREAM, info[2], info[3], info[4]])

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      127.0.0.1, 80, SOCK_STREAM: [True, True, 6, '', ('127.0.0.1', 80)]
      127.0.0.1, '8080', AF_INET, SOCK_DGRAM: [True, True, 17, '', ('127.0.0.1', 8080)]
      localhost, None, AF_INET, SOCK_STREAM: [True, True, 6, '', ('127.0.0.1', 0)]
      """
