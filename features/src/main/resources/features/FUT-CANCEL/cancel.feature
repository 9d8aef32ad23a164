Feature: Cancelling a future
  The asyncio documentation of Future.cancel(msg=None): "Cancel the Future and schedule
  callbacks. If the Future is already done or cancelled, return False. Otherwise, change the
  Future's state to cancelled, schedule the callbacks, and return True." and of result() /
  exception(): "If the Future has been cancelled, this method raises a CancelledError
  exception."

  @FUT-CANCEL-1
  Scenario: cancel() returns True the first time and False afterwards
    Given the program:
      """python
      f = loop.create_future()
      record("first cancel()", f.cancel())
      record("second cancel()", f.cancel())
      record("cancelled", f.cancelled())
      """
    Then the trace is:
      """
      first cancel(): True
      second cancel(): False
      cancelled: True
      """

  @FUT-CANCEL-1
  Scenario: cancel() on a future that already has a result or an exception returns False
    Given the program:
      """python
      with_result = loop.create_future()
      with_result.set_result(1)
      with_exception = loop.create_future()
      with_exception.set_exception(ValueError("boom"))
      record("cancel() with a result", with_result.cancel())
      record("cancel() with an exception", with_exception.cancel())
      record("cancelled", (with_result.cancelled(), with_exception.cancelled()))
      record("result", with_result.result())
      record("exception", with_exception.exception())
      """
    Then the trace is:
      """
      cancel() with a result: False
      cancel() with an exception: False
      cancelled: (False, False)
      result: 1
      exception: ValueError('boom')
      """

  @FUT-CANCEL-2
  Scenario: result() and exception() of a cancelled future raise CancelledError
    Given the program:
      """python
      f = loop.create_future()
      f.cancel()
      try:
          f.result()
      except CancelledError as e:
          record("result()", e)
      try:
          f.exception()
      except CancelledError as e:
          record("exception()", e)
      """
    Then the trace is:
      """
      result(): CancelledError()
      exception(): CancelledError()
      """

  @FUT-CANCEL-2
  Scenario: A future cancelled with a message raises CancelledError with that message
    Given the program:
      """python
      f = loop.create_future()
      f.cancel("no longer needed")
      try:
          f.result()
      except CancelledError as e:
          record("result()", e)
      try:
          f.exception()
      except CancelledError as e:
          record("exception()", e)
      """
    Then the trace is:
      """
      result(): CancelledError('no longer needed')
      exception(): CancelledError('no longer needed')
      """
