"""FUT-STATE-5: result() returns the result, or raises the exception given to set_exception().
Broken: result() returns the result slot without looking at the exception, so a failed future
gives None instead of raising its exception (exception() still returns it).
"""

from asyncio import exceptions

from seeded_bugs import _futures_tasks as base


class Future(base.Future):
    def result(self):
        if self._state == base._CANCELLED:
            raise self._make_cancelled_error()
        if self._state != base._FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self._Future__log_traceback = False
        return self._result  # bug: never raises self._exception


def new_event_loop():
    return base.EventLoop(future_class=Future)
