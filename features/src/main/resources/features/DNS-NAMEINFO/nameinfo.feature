Feature: loop.getnameinfo(): the numeric host and port of an address
  The asyncio documentation of loop.getnameinfo(): "Asynchronous version of socket.getnameinfo()."

  @DNS-NAMEINFO-1 @network
  Scenario: getnameinfo() with NI_NUMERICHOST and NI_NUMERICSERV gives the address and the port as a str
    Given the program:
      """python
      async def main():
          name = await loop.getnameinfo(("127.0.0.1", 8080), NI_NUMERICHOST + NI_NUMERICSERV)
          record("getnameinfo(('127.0.0.1', 8080), NI_NUMERICHOST + NI_NUMERICSERV)", name)
          name = await loop.getnameinfo(("10.1.2.3", 1), NI_NUMERICHOST + NI_NUMERICSERV)
          record("getnameinfo(('10.1.2.3', 1), NI_NUMERICHOST + NI_NUMERICSERV)", name)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      getnameinfo(('127.0.0.1', 8080), NI_NUMERICHOST + NI_NUMERICSERV): ('127.0.0.1', '8080')
      getnameinfo(('10.1.2.3', 1), NI_NUMERICHOST + NI_NUMERICSERV): ('10.1.2.3', '1')
      """
