Feature: Waiting for an event
  The asyncio documentation of Event.set: "All tasks waiting for event to be set will be immediately
  awakened."; of Event.wait: "If the event is set, return True immediately."

  @EVENT-WAIT-1
  Scenario: set() wakes every waiter, in the order they started waiting
    Given the program:
      """python
      async def waiter(ev, name):
          r = await ev.wait()
          record("woke", [name, r])

      async def main():
          ev = asyncio.Event()
          tasks = []
          for name in ["w0", "w1", "w2"]:
              tasks = tasks + [loop.create_task(waiter(ev, name))]
          await asyncio.sleep(0)
          ev.set()
          record("set")
          for t in tasks:
              await t

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      set
      woke: ['w0', True]
      woke: ['w1', True]
      woke: ['w2', True]
      """

  @EVENT-WAIT-1
  Scenario: clear() right after set() still lets every waiter return True
    Given the program:
      """python
      async def waiter(ev, name):
          r = await ev.wait()
          record("woke", [name, r, ev.is_set()])

      async def main():
          ev = asyncio.Event()
          tasks = []
          for name in ["x0", "x1"]:
              tasks = tasks + [loop.create_task(waiter(ev, name))]
          await asyncio.sleep(0)
          ev.set()
          ev.clear()
          record("set and cleared")
          for t in tasks:
              await t

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      set and cleared
      woke: ['x0', True, False]
      woke: ['x1', True, False]
      """

  @EVENT-WAIT-2
  Scenario: a new event is not set; wait() on a set event returns True without suspending
    Given the program:
      """python
      async def other():
          record("other task runs")

      async def main():
          ev = asyncio.Event()
          record("new event is set", ev.is_set())
          ev.set()
          record("is_set", ev.is_set())
          loop.create_task(other())
          r = await ev.wait()
          record("wait on a set event", r)
          await asyncio.sleep(0)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      new event is set: False
      is_set: True
      wait on a set event: True
      other task runs
      """

  @EVENT-WAIT-2
  Scenario: after clear(), wait() blocks until the next set()
    Given the program:
      """python
      async def waiter(ev):
          await ev.wait()
          record("waiter woke")

      async def main():
          ev = asyncio.Event()
          ev.set()
          ev.clear()
          record("cleared, is_set", ev.is_set())
          t = loop.create_task(waiter(ev))
          for i in range(3):
              await asyncio.sleep(0)
          record("waiter still waits", not t.done())
          ev.set()
          await t

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      cleared, is_set: False
      waiter still waits: True
      waiter woke
      """
