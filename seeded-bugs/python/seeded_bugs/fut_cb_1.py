"""FUT-CB-1: the done callbacks of a future are scheduled with call_soon when it completes.
Broken: set_result(), set_exception() and cancel() call the done callbacks right away, inside
the completing call, as concurrent.futures does.
"""

from seeded_bugs import _futures_tasks as base


class Future(base.Future):
    def _Future__schedule_callbacks(self):  # asyncio's Future.__schedule_callbacks
        callbacks = self._callbacks[:]
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            ctx.run(callback, self)  # bug: called now, not self._loop.call_soon(...)


def new_event_loop():
    return base.EventLoop(future_class=Future)
