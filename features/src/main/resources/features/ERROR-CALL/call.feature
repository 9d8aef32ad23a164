Feature: Calling the exception handler
  The asyncio documentation of loop.call_exception_handler(context): "Call the current event loop
  exception handler. context is a dict object containing the following keys (new keys may be
  introduced in future Python versions)". An exception the handler raises is logged, and the loop
  goes on.

  @ERROR-CALL-1
  Scenario: call_exception_handler calls the handler at once with every key of the context
    Given the program:
      """python
      def handler(lp, context):
          record("handler called with the loop", lp is loop)
          for key in sorted(context):
              record(key, context[key])

      loop.set_exception_handler(handler)
      returned = loop.call_exception_handler({"message": "hello", "exception": ValueError("v"), "custom": [1, 2]})
      record("call_exception_handler returns", returned)
      """
    Then the trace is:
      """
      handler called with the loop: True
      custom: [1, 2]
      exception: ValueError('v')
      message: 'hello'
      call_exception_handler returns: None
      """

  @ERROR-CALL-2
  Scenario: a handler that raises leaves neither call_exception_handler nor the loop
    Given the program:
      """python
      def handler(lp, context):
          if context["message"] == "called directly":
              record("handler, for", context["message"])
          else:
              record("handler, for", context["exception"])
          raise RuntimeError("the handler failed")

      def boom():
          raise ValueError("boom")

      loop.set_exception_handler(handler)
      loop.call_exception_handler({"message": "called directly"})
      record("call_exception_handler returned")
      loop.call_soon(boom)
      loop.call_soon(record, "the next callback runs")
      loop.call_soon(loop.stop)
      loop.run_forever()
      record("the loop stopped as asked")
      """
    Then the trace is:
      """
      handler, for: 'called directly'
      call_exception_handler returned
      handler, for: ValueError('boom')
      the next callback runs
      the loop stopped as asked
      """
