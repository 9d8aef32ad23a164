"""FUT-STATE-2: result() of a pending future raises InvalidStateError('Result is not set.').
Broken: result() of a pending future returns None, the initial value of the result slot (the
implementer checked only for the cancelled state and the exception).
"""

from seeded_bugs import _futures_tasks as base


class Future(base.Future):
    def result(self):
        if self._state == base._CANCELLED:
            raise self._make_cancelled_error()
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result  # bug: None while pending, instead of InvalidStateError


def new_event_loop():
    return base.EventLoop(future_class=Future)
