Feature: Watching a socket for reading
  The asyncio documentation of loop.add_reader(fd, callback, *args): "Start monitoring the fd file
  descriptor for read availability and invoke callback with the specified arguments once fd is
  available for reading. Any preexisting callback registered for fd is cancelled and replaced by
  callback."

  @WATCH-READ-1 @network
  Scenario: A reader runs with its arguments on each iteration while its socket stays readable, and never inside add_reader
    Given the program:
      """python
      def on_readable(tag, n):
          seen["calls"] = seen["calls"] + [[tag, n]]
          if len(seen["calls"]) == 3:
              record("calls while the data waits", seen["calls"])
              record("data", a.recv(100))
              loop.remove_reader(a)
              loop.stop()

      ab = socketpair()
      a = ab[0]
      b = ab[1]
      seen = {}
      seen["calls"] = []
      b.send(b"ping")
      record("add_reader returns", loop.add_reader(a, on_readable, "ready", 2))
      record("calls inside add_reader", len(seen["calls"]))
      loop.run_forever()
      a.close()
      b.close()
      """
    Then the trace is:
      """
      add_reader returns: None
      calls inside add_reader: 0
      calls while the data waits: [["ready", 2], ["ready", 2], ["ready", 2]]
      data: b"ping"
      """

  @WATCH-READ-1 @network
  Scenario: A reader waits for data that comes later, and runs no more once removed
    Given the program:
      """python
      def on_readable():
          record("read", a.recv(100))
          loop.remove_reader(a)
          b.send(b"after the reader was removed")
          d.send(b"x")
          loop.add_reader(c, three_more_iterations)

      def three_more_iterations():
          seen["ticks"] = seen["ticks"] + [1]
          if len(seen["ticks"]) == 3:
              loop.remove_reader(c)
              loop.stop()

      def send_late():
          c.recv(100)
          loop.remove_reader(c)
          b.send(b"late")

      ab = socketpair()
      a = ab[0]
      b = ab[1]
      cd = socketpair()
      c = cd[0]
      d = cd[1]
      seen = {}
      seen["ticks"] = []
      loop.add_reader(a, on_readable)
      loop.add_reader(c, send_late)
      d.send(b"go")
      loop.run_forever()
      record("left unread", a.recv(100))
      for s in [a, b, c, d]:
          s.close()
      """
    Then the trace is:
      """
      read: b"late"
      left unread: b"after the reader was removed"
      """

  @WATCH-READ-2 @network
  Scenario: A second add_reader for a socket replaces the first reader
    Given the program:
      """python
      def first():
          record("the first reader ran")

      def second(tag):
          record("the second reader ran", [tag, a.recv(100)])
          loop.remove_reader(a)
          loop.stop()

      ab = socketpair()
      a = ab[0]
      b = ab[1]
      b.send(b"x")
      loop.add_reader(a, first)
      loop.add_reader(a, second, "replaced")
      loop.run_forever()
      a.close()
      b.close()
      """
    Then the trace is:
      """
      the second reader ran: ["replaced", b"x"]
      """
