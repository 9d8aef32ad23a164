"""FUT-CANCEL-1: cancel() cancels only a pending future, and returns whether it did.
Broken: cancel() refuses only an already cancelled future, so it cancels a future that has a
result or an exception and returns True (the implementer tested for CANCELLED, not PENDING).
"""

from seeded_bugs import _futures_tasks as base


class Future(base.Future):
    def cancel(self, msg=None):
        self._Future__log_traceback = False
        if self._state == base._CANCELLED:  # bug: should be "!= PENDING"
            return False
        self._state = base._CANCELLED
        self._cancel_message = msg
        self._Future__schedule_callbacks()
        return True


def new_event_loop():
    return base.EventLoop(future_class=Future)
