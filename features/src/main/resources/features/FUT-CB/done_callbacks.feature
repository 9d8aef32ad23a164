Feature: Done callbacks are scheduled with call_soon when a future completes
  The asyncio documentation of Future.add_done_callback(callback): "Add a callback to be run
  when the Future is done. The callback is called with the Future object as its only argument.
  If the Future is already done when this method is called, the callback is scheduled with
  loop.call_soon()." and, from the differences with concurrent.futures: "Callbacks registered
  with add_done_callback() are not called immediately. They are scheduled with
  loop.call_soon() instead."

  @FUT-CB-1
  Scenario: set_result schedules the done callback instead of calling it
    Given the program:
      """python
      def say(word):
          record(word)

      def done(fut):
          record("done callback", fut)

      f = loop.create_future()
      f.add_done_callback(done)
      f.set_result(1)
      record("set_result returned")
      loop.call_soon(say, "queued after set_result")
      loop.call_soon(loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      set_result returned
      done callback: f
      queued after set_result
      """

  @FUT-CB-1
  Scenario: set_exception and cancel() schedule the done callbacks too
    Given the program:
      """python
      def say(word):
          record(word)

      def done(fut):
          record("done callback", fut)

      failed = loop.create_future()
      cancelled = loop.create_future()
      failed.add_done_callback(done)
      cancelled.add_done_callback(done)
      loop.call_soon(say, "queued before completion")
      failed.set_exception(ValueError("boom"))
      cancelled.cancel()
      record("completed both")
      loop.call_soon(loop.stop)
      loop.run_forever()
      record("exception", failed.exception())
      """
    Then the trace is:
      """
      completed both
      queued before completion
      done callback: failed
      done callback: cancelled
      exception: ValueError('boom')
      """

  @FUT-CB-2
  Scenario: Done callbacks run in registration order
    Given the program:
      """python
      def first(fut):
          record("first")

      def second(fut):
          record("second")

      def third(fut):
          record("third")

      f = loop.create_future()
      f.add_done_callback(third)
      f.add_done_callback(first)
      f.add_done_callback(second)
      f.set_result(None)
      loop.call_soon(loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      third
      first
      second
      """

  @FUT-CB-3
  Scenario: Each done callback runs exactly once, with the future as its argument
    Given the program:
      """python
      def done(fut):
          record("done callback", fut)
          record("argument is the future", fut is f)

      f = loop.create_future()
      f.add_done_callback(done)
      f.set_result(1)
      loop.call_soon(loop.stop)
      loop.run_forever()
      record("first run returned")
      loop.call_soon(loop.stop)
      loop.run_forever()
      record("second run returned")
      """
    Then the trace is:
      """
      done callback: f
      argument is the future: True
      first run returned
      second run returned
      """

  @FUT-CB-4
  Scenario: A done callback added to a completed future is queued behind the callbacks already scheduled
    Given the program:
      """python
      def say(word):
          record(word)

      def done(fut):
          record("done callback", fut.result())

      f = loop.create_future()
      f.set_result("value")
      loop.call_soon(say, "queued before add_done_callback")
      f.add_done_callback(done)
      record("add_done_callback returned")
      loop.call_soon(say, "queued after add_done_callback")
      loop.call_soon(loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      add_done_callback returned
      queued before add_done_callback
      done callback: 'value'
      queued after add_done_callback
      """

  @FUT-CB-5
  Scenario: remove_done_callback returns the number of registrations removed
    Given the program:
      """python
      def twice(fut):
          record("twice")

      def kept(fut):
          record("kept")

      def never_added(fut):
          record("never added")

      f = loop.create_future()
      f.add_done_callback(twice)
      f.add_done_callback(kept)
      f.add_done_callback(twice)
      record("removed", f.remove_done_callback(twice))
      record("removed again", f.remove_done_callback(twice))
      record("removed never added", f.remove_done_callback(never_added))
      f.set_result(None)
      loop.call_soon(loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      removed: 2
      removed again: 0
      removed never added: 0
      kept
      """

  @FUT-CB-5
  Scenario: remove_done_callback removes every registration of a callback and keeps the others in order
    Given the program:
      """python
      def a(f):
          record("a")

      def b(f):
          record("b")

      def c(f):
          record("c")

      def d(f):
          record("d")

      fut = loop.create_future()
      fut.add_done_callback(a)
      fut.add_done_callback(b)
      fut.add_done_callback(a)
      fut.add_done_callback(c)
      fut.add_done_callback(a)
      fut.add_done_callback(d)
      record("removed a", fut.remove_done_callback(a))
      record("removed a again", fut.remove_done_callback(a))
      record("removed d", fut.remove_done_callback(d))
      fut.set_result(1)
      loop.call_soon(loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      removed a: 3
      removed a again: 0
      removed d: 1
      b
      c
      """
