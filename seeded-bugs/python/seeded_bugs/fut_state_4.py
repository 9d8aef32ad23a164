"""FUT-STATE-4: completing a done future raises InvalidStateError and changes nothing.
Broken: set_result() does not check the state, so a second call (or a call on a cancelled or
failed future) silently replaces the outcome: the last set_result() wins.
"""

from seeded_bugs import _futures_tasks as base


class Future(base.Future):
    def set_result(self, result):
        # bug: no "if self._state != PENDING: raise InvalidStateError"
        self._result = result
        self._exception = None
        self._state = base._FINISHED
        self._Future__schedule_callbacks()


def new_event_loop():
    return base.EventLoop(future_class=Future)
