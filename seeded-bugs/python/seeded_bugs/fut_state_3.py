"""FUT-STATE-3: exception() of a pending future raises InvalidStateError('Exception is not set.').
Broken: exception() of a pending future returns None, as if it had succeeded (the implementer
checked only for the cancelled state).
"""

from seeded_bugs import _futures_tasks as base


class Future(base.Future):
    def exception(self):
        if self._state == base._CANCELLED:
            raise self._make_cancelled_error()
        self._Future__log_traceback = False
        return self._exception  # bug: None while pending, instead of InvalidStateError


def new_event_loop():
    return base.EventLoop(future_class=Future)
