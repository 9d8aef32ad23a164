Feature: A cancelled wait changes nothing else
  What a waiting Event.wait() does when its task is cancelled; the documentation is silent.

  @EVENT-CANCEL-1
  Scenario: a cancelled waiter raises CancelledError; the event stays unset and set() wakes the others
    Given the program:
      """python
      async def waiter(ev, name):
          try:
              await ev.wait()
          except asyncio.CancelledError:
              record("cancelled", [name, ev.is_set()])
              raise
          record("woke", name)

      async def main():
          ev = asyncio.Event()
          a = loop.create_task(waiter(ev, "a"))
          b = loop.create_task(waiter(ev, "b"))
          c = loop.create_task(waiter(ev, "c"))
          await asyncio.sleep(0)
          b.cancel()
          await asyncio.sleep(0)
          record("is_set after the cancel", ev.is_set())
          ev.set()
          await asyncio.gather(a, b, c, return_exceptions=True)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      cancelled: ['b', False]
      is_set after the cancel: False
      woke: 'a'
      woke: 'c'
      """
