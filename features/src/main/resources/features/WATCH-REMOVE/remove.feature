Feature: Stopping the watch of a socket
  The asyncio documentation of loop.remove_reader(fd): "Stop monitoring the fd file descriptor for
  read availability. Returns True if fd was previously being monitored for reads." and of
  loop.remove_writer(fd): "Stop monitoring the fd file descriptor for write availability. Returns
  True if fd was previously being monitored for writes."

  @WATCH-REMOVE-1 @network
  Scenario: Removing the writer of a socket leaves its reader, and removing the reader leaves its writer
    Given the program:
      """python
      def on_writable():
          seen["events"] = seen["events"] + ["writer"]
          loop.remove_writer(a)
          b.send(b"data")

      def on_readable():
          seen["events"] = seen["events"] + ["reader"]
          a.recv(100)
          loop.remove_reader(a)
          loop.add_writer(a, on_writable_again)

      def on_writable_again():
          seen["events"] = seen["events"] + ["writer again"]
          loop.remove_writer(a)
          loop.stop()

      ab = socketpair()
      a = ab[0]
      b = ab[1]
      seen = {}
      seen["events"] = []
      loop.add_reader(a, on_readable)
      loop.add_writer(a, on_writable)
      loop.run_forever()
      record("events", seen["events"])
      a.close()
      b.close()
      """
    Then the trace is:
      """
      events: ["writer", "reader", "writer again"]
      """

  @WATCH-REMOVE-2 @network
  Scenario: remove_reader and remove_writer return whether the socket was watched
    Given the program:
      """python
      ab = socketpair()
      a = ab[0]
      b = ab[1]
      record("remove_reader, never added", loop.remove_reader(a))
      record("remove_writer, never added", loop.remove_writer(a))
      loop.add_reader(a, record, "never runs")
      loop.add_writer(a, record, "never runs")
      record("remove_reader, added", loop.remove_reader(a))
      record("remove_writer, added", loop.remove_writer(a))
      record("remove_reader, removed", loop.remove_reader(a))
      record("remove_writer, removed", loop.remove_writer(a))
      a.close()
      b.close()
      """
    Then the trace is:
      """
      remove_reader, never added: False
      remove_writer, never added: False
      remove_reader, added: True
      remove_writer, added: True
      remove_reader, removed: False
      remove_writer, removed: False
      """
