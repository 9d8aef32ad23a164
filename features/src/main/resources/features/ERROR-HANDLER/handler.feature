Feature: The loop's exception handler
  The asyncio documentation of loop.set_exception_handler(handler): "Set handler as the new event
  loop exception handler. If handler is None, the default exception handler will be set.
  Otherwise, handler must be a callable with the signature matching (loop, context), where loop
  is a reference to the active event loop, and context is a dict object"; of
  loop.get_exception_handler(): "Return the current exception handler, or None if no custom
  exception handler was set."

  @ERROR-HANDLER-1
  Scenario: a callback's exception goes to the handler, with the loop, the exception and the handle; the next callback runs
    Given the program:
      """python
      def handler(lp, context):
          record("handler called with the loop", lp is loop)
          record("context keys", sorted(context))
          record("message is a string", str(context["message"]) == context["message"])
          record("exception", context["exception"])
          record("handle is the one call_soon returned", context["handle"] is handles[0])

      def boom():
          raise ValueError("boom")

      loop.set_exception_handler(handler)
      handles = [loop.call_soon(boom)]
      loop.call_soon(record, "the next callback runs")
      loop.call_soon(loop.stop)
      loop.run_forever()
      """
    Then the trace is:
      """
      handler called with the loop: True
      context keys: ['exception', 'handle', 'message']
      message is a string: True
      exception: ValueError('boom')
      handle is the one call_soon returned: True
      the next callback runs
      """

  @ERROR-HANDLER-2
  Scenario: get_exception_handler gives None, then the handler set, then None after set_exception_handler(None)
    Given the program:
      """python
      def handler(lp, context):
          record("never called")

      record("before", loop.get_exception_handler())
      loop.set_exception_handler(handler)
      record("after set, the same function", loop.get_exception_handler() is handler)
      loop.set_exception_handler(None)
      record("after set(None)", loop.get_exception_handler())
      """
    Then the trace is:
      """
      before: None
      after set, the same function: True
      after set(None): None
      """

  @ERROR-HANDLER-3
  Scenario: set_exception_handler refuses a string and a number, and keeps the handler it had
    Given the program:
      """python
      def handler(lp, context):
          record("the handler it had gets", context["message"])

      loop.set_exception_handler(handler)
      for value in ["x", 1]:
          try:
              loop.set_exception_handler(value)
              record("accepted", value)
          except TypeError as e:
              record("TypeError", str(e))
      loop.call_exception_handler({"message": "still there?"})
      """
    Then the trace is:
      """
      TypeError: "A callable object or None is expected, got 'x'"
      TypeError: 'A callable object or None is expected, got 1'
      the handler it had gets: 'still there?'
      """
