"""FUT-CB-3: each registration of a done callback leads to exactly one call.
Broken: add_done_callback() ignores a callback that is already registered (listeners kept
unique, as in many observer implementations), so a callback added twice runs once.
"""

from seeded_bugs import _futures_tasks as base


class Future(base.Future):
    def add_done_callback(self, fn, *, context=None):
        if self._state == base._PENDING and any(f == fn for f, _ in self._callbacks):
            return  # bug: the second registration is dropped
        super().add_done_callback(fn, context=context)


def new_event_loop():
    return base.EventLoop(future_class=Future)
