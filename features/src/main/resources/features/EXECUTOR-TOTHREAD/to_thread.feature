Feature: asyncio.to_thread
  The asyncio documentation of asyncio.to_thread(): "Asynchronously run function func in a
  separate thread. Any *args and **kwargs supplied for this function are directly passed to func.
  Also, the current contextvars.Context is propagated, allowing context variables from the event
  loop thread to be accessed in the separate thread."

  @EXECUTOR-TOTHREAD-1 @threads
  Scenario: The function gets its arguments and the caller's context, and its changes stay in the copy
    Given the program:
      """python
      def reader(x, y=0):
          seen = var.get()
          var.set("changed in the thread")
          return [seen, x, y]

      async def main():
          var.set("set by the caller")
          result = await asyncio.to_thread(reader, 1, y=2)
          record("the function saw", result)
          record("the caller still sees", var.get())

      var = ContextVar("var", default="unset")
      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      the function saw: ['set by the caller', 1, 2]
      the caller still sees: 'set by the caller'
      """
