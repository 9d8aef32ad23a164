"""FUT-CB-5: remove_done_callback(cb) removes every registration of cb and returns how many.
Broken: remove_done_callback() removes only the first registration, as list.remove() does,
and returns 1 (0 when there is none); the other registrations still run.
"""

from seeded_bugs import _futures_tasks as base


class Future(base.Future):
    def remove_done_callback(self, fn):
        for i, (f, _) in enumerate(self._callbacks):
            if f == fn:
                del self._callbacks[i]  # bug: stops at the first registration
                return 1
        return 0


def new_event_loop():
    return base.EventLoop(future_class=Future)
