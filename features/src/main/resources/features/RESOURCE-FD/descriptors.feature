Feature: What a closed loop leaves open
  The asyncio documentation of loop.close(): "Close the event loop."; of Server.close(): "Stop
  serving: close listening sockets"; of BaseTransport.close(): "Close the transport." After every
  program it runs alone, the kit compares the process's socket, pipe and selector descriptors with
  those before it: a descriptor left open fails RESOURCE-FD-1. This scenario is the clause's own;
  the check runs after every other one too, the network scenarios' sockets included.

  @RESOURCE-FD-1
  Scenario: A loop that ran and was closed leaves no descriptor open
    Given the program:
      """python
      second = new_event_loop()
      second.run_until_complete(asyncio.sleep(0))
      second.close()
      loop.run_until_complete(asyncio.sleep(0))
      loop.close()
      record("closed", [loop.is_closed(), second.is_closed()])
      """
    Then the trace is:
      """
      closed: [True, True]
      """
