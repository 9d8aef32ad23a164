Feature: A queue's size, its bound, and the errors at the bound
  The asyncio documentation of asyncio.Queue: "If maxsize is less than or equal to zero, the queue
  size is infinite."; put_nowait: "If no free slot is immediately available, raise QueueFull.";
  get_nowait: "Return an item if one is immediately available, else raise QueueEmpty."

  @QUEUE-SIZE-1
  Scenario: put_nowait on a full queue raises QueueFull and leaves it as it was
    Given the program:
      """python
      q = asyncio.Queue(2)
      q.put_nowait("a")
      q.put_nowait("b")
      record("full", q.full())
      try:
          q.put_nowait("c")
      except asyncio.QueueFull as e:
          record("put_nowait on a full queue", e)
      record("size", q.qsize())
      """
    Then the trace is:
      """
      full: True
      put_nowait on a full queue: QueueFull()
      size: 2
      """

  @QUEUE-SIZE-2
  Scenario: get_nowait on an empty queue raises QueueEmpty
    Given the program:
      """python
      q = asyncio.Queue()
      try:
          q.get_nowait()
      except asyncio.QueueEmpty as e:
          record("get_nowait on an empty queue", e)
      q.put_nowait(1)
      q.get_nowait()
      try:
          q.get_nowait()
      except asyncio.QueueEmpty as e:
          record("again after it emptied", e)
      """
    Then the trace is:
      """
      get_nowait on an empty queue: QueueEmpty()
      again after it emptied: QueueEmpty()
      """

  @QUEUE-SIZE-3
  Scenario: qsize(), empty() and full() follow the items; maxsize 0 or less is no bound
    Given the program:
      """python
      q = asyncio.Queue(2)
      record("new", [q.qsize(), q.empty(), q.full()])
      q.put_nowait(1)
      record("one", [q.qsize(), q.empty(), q.full()])
      q.put_nowait(2)
      record("two", [q.qsize(), q.empty(), q.full()])
      unbounded = asyncio.Queue()
      negative = asyncio.Queue(-1)
      for i in range(100):
          unbounded.put_nowait(i)
          negative.put_nowait(i)
      record("maxsize 0 and -1 never full", [unbounded.full(), negative.full(), unbounded.qsize(), negative.qsize()])
      """
    Then the trace is:
      """
      new: [0, True, False]
      one: [1, False, False]
      two: [2, False, True]
      maxsize 0 and -1 never full: [False, False, 100, 100]
      """
