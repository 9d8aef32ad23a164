"""FUT-CB-4: a callback added to a future that is already done is scheduled with call_soon.
Broken: add_done_callback() on a done future calls the callback at once, inside
add_done_callback() ("it is done already, no need to wait").
"""

from seeded_bugs import _futures_tasks as base


class Future(base.Future):
    def add_done_callback(self, fn, *, context=None):
        if self._state != base._PENDING:
            fn(self)  # bug: called inline, not self._loop.call_soon(fn, self, context=context)
        else:
            super().add_done_callback(fn, context=context)


def new_event_loop():
    return base.EventLoop(future_class=Future)
