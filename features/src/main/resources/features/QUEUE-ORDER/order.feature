Feature: Each kind of queue gives its items in its own order
  The asyncio documentation of asyncio.Queue: "A first in, first out (FIFO) queue."; of
  asyncio.PriorityQueue: "retrieves entries in priority order (lowest first)"; of
  asyncio.LifoQueue: "retrieves most recently added entries first (last in, first out)."

  @QUEUE-ORDER-1
  Scenario: get() returns the items in the order put() added them
    Given the program:
      """python
      async def main():
          q = asyncio.Queue()
          for x in ["a", "b", "c"]:
              await q.put(x)
          got = []
          while not q.empty():
              item = await q.get()
              got = got + [item]
          record("got", got)

      loop.run_until_complete(main())
      """
    Then the trace is:
      """
      got: ['a', 'b', 'c']
      """

  @QUEUE-ORDER-1
  Scenario: get_nowait() returns the items in the order put_nowait() added them
    Given the program:
      """python
      q = asyncio.Queue()
      q.put_nowait(3)
      q.put_nowait(1)
      q.put_nowait(2)
      record("got", [q.get_nowait(), q.get_nowait(), q.get_nowait()])
      """
    Then the trace is:
      """
      got: [3, 1, 2]
      """

  @QUEUE-ORDER-2
  Scenario: A PriorityQueue gives the smallest item first
    Given the program:
      """python
      q = asyncio.PriorityQueue()
      for x in [5, 1, 4, 1, 3, 9, 2, 6]:
          q.put_nowait(x)
      got = []
      while not q.empty():
          got = got + [q.get_nowait()]
      record("got", got)
      """
    Then the trace is:
      """
      got: [1, 1, 2, 3, 4, 5, 6, 9]
      """

  @QUEUE-ORDER-2
  Scenario: A PriorityQueue of (priority, data) tuples orders by priority, then by data
    Given the program:
      """python
      q = asyncio.PriorityQueue()
      q.put_nowait((2, "b"))
      q.put_nowait((1, "z"))
      q.put_nowait((2, "a"))
      q.put_nowait((0, "y"))
      record("got", [q.get_nowait(), q.get_nowait(), q.get_nowait(), q.get_nowait()])
      """
    Then the trace is:
      """
      got: [(0, 'y'), (1, 'z'), (2, 'a'), (2, 'b')]
      """

  @QUEUE-ORDER-3
  Scenario: A LifoQueue gives the item put last first
    Given the program:
      """python
      q = asyncio.LifoQueue()
      for x in [1, 2, 3]:
          q.put_nowait(x)
      q.get_nowait()
      q.put_nowait(4)
      record("got", [q.get_nowait(), q.get_nowait(), q.get_nowait()])
      """
    Then the trace is:
      """
      got: [4, 2, 1]
      """
