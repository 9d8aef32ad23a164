Feature: A done callback added several times runs once per registration
  The asyncio documentation of Future.add_done_callback(callback): "Add a callback to be run
  when the Future is done. The callback is called with the Future object as its only
  argument." — and of remove_done_callback(callback): "Returns the number of callbacks
  removed, which is typically 1, unless a callback was added more than once."

  @FUT-CB-3
  Scenario: A done callback added twice runs twice, each time with the future
    Given the program:
      """python
      def done(fut):
          record("done callback", fut is f)

      def other(fut):
          record("other callback", fut is f)

      f = loop.create_future()
      f.add_done_callback(done)
      f.add_done_callback(other)
      f.add_done_callback(done)
      f.set_result(1)
      loop.call_soon(loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      done callback: True
      other callback: True
      done callback: True
      """
