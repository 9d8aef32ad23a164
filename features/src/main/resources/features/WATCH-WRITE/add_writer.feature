Feature: Watching a socket for writing
  The asyncio documentation of loop.add_writer(fd, callback, *args): "Start monitoring the fd file
  descriptor for write availability and invoke callback with the specified arguments once fd is
  available for writing."

  @WATCH-WRITE-1 @network
  Scenario: A writer runs with its arguments on each iteration while its socket can be written, until it is removed
    Given the program:
      """python
      def on_writable(tag):
          seen["calls"] = seen["calls"] + [tag]
          if len(seen["calls"]) == 3:
              loop.remove_writer(a)
              a.send(b"sent when writable")
              loop.add_writer(c, three_more_iterations)

      def three_more_iterations():
          seen["ticks"] = seen["ticks"] + [1]
          if len(seen["ticks"]) == 3:
              loop.remove_writer(c)
              loop.stop()

      ab = socketpair()
      a = ab[0]
      b = ab[1]
      cd = socketpair()
      c = cd[0]
      d = cd[1]
      seen = {}
      seen["calls"] = []
      seen["ticks"] = []
      record("add_writer returns", loop.add_writer(a, on_writable, "w"))
      record("calls inside add_writer", len(seen["calls"]))
      loop.run_forever()
      record("calls", seen["calls"])
      record("received", b.recv(100))
      for s in [a, b, c, d]:
          s.close()
      """
    Then the trace is:
      """
      add_writer returns: None
      calls inside add_writer: 0
      calls: ["w", "w", "w"]
      received: b"sent when writable"
      """
