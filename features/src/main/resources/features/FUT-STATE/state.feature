Feature: A future is pending until it gets a result, an exception or is cancelled
  The asyncio documentation of asyncio.Future: "done(): Return True if the Future is done. A
  Future is done if it was cancelled or if it has a result or an exception set with
  set_result() or set_exception() calls." — "result(): [...] If the Future's result isn't yet
  available, this method raises a InvalidStateError exception." — "set_result(result): Mark the
  Future as done and set its result. Raises a InvalidStateError error if the Future is already
  done."

  @FUT-STATE-1
  Scenario: A new future is pending; set_result or set_exception makes it done, not cancelled
    Given the program:
      """python
      with_result = loop.create_future()
      with_exception = loop.create_future()
      record("new (done, cancelled)", (with_result.done(), with_result.cancelled()))
      with_result.set_result(1)
      with_exception.set_exception(ValueError("boom"))
      record("after set_result (done, cancelled)", (with_result.done(), with_result.cancelled()))
      record("after set_exception (done, cancelled)", (with_exception.done(), with_exception.cancelled()))
      record("exception", with_exception.exception())
      """
    Then the trace is:
      """
      new (done, cancelled): (False, False)
      after set_result (done, cancelled): (True, False)
      after set_exception (done, cancelled): (True, False)
      exception: ValueError('boom')
      """

  @FUT-STATE-1
  Scenario: cancel() makes a pending future done and cancelled
    Given the program:
      """python
      f = loop.create_future()
      f.cancel()
      record("after cancel (done, cancelled)", (f.done(), f.cancelled()))
      """
    Then the trace is:
      """
      after cancel (done, cancelled): (True, True)
      """

  @FUT-STATE-2
  Scenario: result() of a pending future raises InvalidStateError
    Given the program:
      """python
      f = loop.create_future()
      try:
          f.result()
      except InvalidStateError as e:
          record("error", e)
      record("still pending", not f.done())
      """
    Then the trace is:
      """
      error: InvalidStateError('Result is not set.')
      still pending: True
      """

  @FUT-STATE-3
  Scenario: exception() of a pending future raises InvalidStateError
    Given the program:
      """python
      f = loop.create_future()
      try:
          f.exception()
      except InvalidStateError as e:
          record("error", e)
      record("still pending", not f.done())
      """
    Then the trace is:
      """
      error: InvalidStateError('Exception is not set.')
      still pending: True
      """

  @FUT-STATE-4
  Scenario: set_result and set_exception on a future that has a result raise InvalidStateError
    Given the program:
      """python
      f = loop.create_future()
      f.set_result("first")
      try:
          f.set_result("second")
      except InvalidStateError as e:
          record("set_result", e)
      try:
          f.set_exception(ValueError("late"))
      except InvalidStateError as e:
          record("set_exception", e)
      record("result", f.result())
      """
    Then the trace is:
      """
      set_result: InvalidStateError('invalid state')
      set_exception: InvalidStateError('invalid state')
      result: 'first'
      """

  @FUT-STATE-4
  Scenario: set_result and set_exception on a cancelled future raise InvalidStateError
    Given the program:
      """python
      f = loop.create_future()
      f.cancel()
      try:
          f.set_result("late")
      except InvalidStateError as e:
          record("set_result", e)
      try:
          f.set_exception(ValueError("late"))
      except InvalidStateError as e:
          record("set_exception", e)
      record("cancelled", f.cancelled())
      """
    Then the trace is:
      """
      set_result: InvalidStateError('invalid state')
      set_exception: InvalidStateError('invalid state')
      cancelled: True
      """

  @FUT-STATE-5
  Scenario: result() returns the value given to set_result and exception() returns None
    Given the program:
      """python
      f = loop.create_future()
      f.set_result([1, (2, 3)])
      record("result", f.result())
      record("result again", f.result())
      record("exception", f.exception())
      """
    Then the trace is:
      """
      result: [1, (2, 3)]
      result again: [1, (2, 3)]
      exception: None
      """

  @FUT-STATE-5
  Scenario: result() raises the exception given to set_exception and exception() returns it
    Given the program:
      """python
      f = loop.create_future()
      err = ValueError("boom")
      f.set_exception(err)
      record("exception", f.exception())
      record("same object", f.exception() is err)
      try:
          f.result()
      except ValueError as e:
          record("result() raised", e)
          record("raised the same object", e is err)
      """
    Then the trace is:
      """
      exception: ValueError('boom')
      same object: True
      result() raised: ValueError('boom')
      raised the same object: True
      """
