Feature: cancelling a task that awaits as_completed
  CPython's _wait_for_one awaits the queue of completions and lets a cancellation through.

  @ASCOMPLETED-CANCEL-1
  Scenario: the awaiting task is cancelled with CancelledError and the inputs finish
    Given the program:
      """python
      async def job(name, delay):
          await asyncio.sleep(delay)
          return name

      async def consumer(its):
          for aw in its:
              try:
                  r = await aw
                  record("consumer got", r)
              except asyncio.CancelledError:
                  record("consumer cancelled")
                  raise

      async def main():
          a = loop.create_task(job("a", 0.05))
          b = loop.create_task(job("b", 0.1))
          c = loop.create_task(consumer(asyncio.as_completed([a, b])))
          await asyncio.sleep(0.01)
          c.cancel()
          try:
              await c
          except asyncio.CancelledError:
              record("consumer task cancelled", c.cancelled())
          r = await asyncio.gather(a, b)
          record("the inputs run on", [r, a.cancelled(), b.cancelled()])

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      consumer cancelled
      consumer task cancelled: True
      the inputs run on: [['a', 'b'], False, False]
      """
