Feature: the context of a callback
  The asyncio documentation of call_soon: "An optional keyword-only context argument allows
  specifying a custom contextvars.Context for the callback to run in. The current context is used
  when no context is provided."

  @CTX-CALLBACK-1
  Scenario: callbacks see the variables as they were when scheduled, and their changes stay theirs
    Given the program:
      """python
      def cb(label):
          record(label, var.get())
          var.set("changed by " + label)

      def done(fut):
          record("done callback", var.get())
          var.set("changed by the done callback")

      async def main():
          var.set("main 1")
          loop.call_soon(cb, "call_soon 1")
          var.set("main 2")
          loop.call_soon(cb, "call_soon 2")
          loop.call_later(0.001, cb, "call_later")
          loop.call_at(loop.time() + 0.002, cb, "call_at")
          f = loop.create_future()
          f.add_done_callback(done)
          var.set("main 3")
          f.set_result(1)
          await asyncio.sleep(0.01)
          record("main sees", var.get())

      var = ContextVar("var", default="unset")
      loop.run_until_complete(main())
      record("outside", var.get())
      """
    Then the trace is:
      """
      call_soon 1: 'main 1'
      call_soon 2: 'main 2'
      done callback: 'main 2'
      call_later: 'main 2'
      call_at: 'main 2'
      main sees: 'main 3'
      outside: 'unset'
      """

  @CTX-CALLBACK-1
  Scenario: each callback runs in a copy of its own, so a token one of them made is refused by reset() in the next
    Given the program:
      """python
      def first():
          token = var.set("set by the first")

      def second():
          try:
              var.reset(token)
              record("reset in the second callback", "done")
          except ValueError:
              record("reset in the second callback", "ValueError")
          record("the second sees", var.get())

      def third():
          own = var.set("set by the third")
          var.reset(own)
          record("the third after resetting its own token", var.get())

      async def main():
          var.set("main")
          loop.call_soon(first)
          loop.call_soon(second)
          loop.call_soon(third)
          await asyncio.sleep(0.01)
          record("main sees", var.get())

      var = ContextVar("var", default="unset")
      token = None
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      reset in the second callback: 'ValueError'
      the second sees: 'main'
      the third after resetting its own token: 'main'
      main sees: 'main'
      """

  @CTX-CALLBACK-2
  Scenario: a callback given context= sees and changes that context
    Given the program:
      """python
      def cb(label):
          record(label, var.get())
          var.set("changed by " + label)

      async def main():
          var.set("main")
          ctx = copy_context()
          var.set("main after the copy")
          loop.call_soon(cb, "call_soon", context=ctx)
          await asyncio.sleep(0)
          record("the context holds", ctx.get(var))
          other = copy_context()
          loop.call_later(0.001, cb, "call_later", context=other)
          await asyncio.sleep(0.01)
          record("the other context holds", other.get(var))
          third = copy_context()
          loop.call_soon_threadsafe(cb, "call_soon_threadsafe", context=third)
          cancelled = loop.call_soon_threadsafe(cb, "cancelled", context=third)
          cancelled.cancel()
          await asyncio.sleep(0)
          record("the third context holds", third.get(var))
          record("main sees", var.get())

      var = ContextVar("var", default="unset")
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      call_soon: 'main'
      the context holds: 'changed by call_soon'
      call_later: 'main after the copy'
      the other context holds: 'changed by call_later'
      call_soon_threadsafe: 'main after the copy'
      the third context holds: 'changed by call_soon_threadsafe'
      main sees: 'main after the copy'
      """
