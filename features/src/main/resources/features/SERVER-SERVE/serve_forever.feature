Feature: serve_forever
  The asyncio documentation of Server.serve_forever(): "Start accepting connections until the
  coroutine is cancelled. Cancellation of serve_forever task causes the server to be closed."

  @SERVER-SERVE-1 @network
  Scenario: serve_forever() starts serving, and cancelling its task closes the server
    Given the program:
      """python
      class Quiet(asyncio.Protocol):
          pass

      async def main():
          server = await loop.create_server(Quiet, "127.0.0.1", 0, start_serving=False)
          task = loop.create_task(server.serve_forever())
          await asyncio.sleep(0)
          record("serving", server.is_serving())
          task.cancel()
          try:
              await task
          except asyncio.CancelledError:
              record("the task", "cancelled")
          record("serving after the cancel", server.is_serving())
          record("sockets after the cancel", len(server.sockets))
          server.close()
          await server.wait_closed()

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      serving: True
      the task: 'cancelled'
      serving after the cancel: False
      sockets after the cancel: 0
      """
