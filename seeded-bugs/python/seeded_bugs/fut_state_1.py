"""FUT-STATE-1: a cancelled future is done.
Broken: done() is True only for a future with a result or an exception, so a cancelled future
stays "not done" (the implementer tested for the FINISHED state alone).
"""

from seeded_bugs import _futures_tasks as base


class Future(base.Future):
    def done(self):
        return self._state == base._FINISHED  # bug: CANCELLED is done too


def new_event_loop():
    return base.EventLoop(future_class=Future)
