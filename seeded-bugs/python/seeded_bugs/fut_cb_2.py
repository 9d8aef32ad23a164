"""FUT-CB-2: done callbacks run in the order in which they were added.
Broken: on completion the callbacks are taken from the end of the list with pop(), so they
are scheduled, and run, last added first.
"""

from seeded_bugs import _futures_tasks as base


class Future(base.Future):
    def _Future__schedule_callbacks(self):  # asyncio's Future.__schedule_callbacks
        callbacks = self._callbacks
        while callbacks:
            callback, ctx = callbacks.pop()  # bug: LIFO; pop(0) would keep the order
            self._loop.call_soon(callback, self, context=ctx)


def new_event_loop():
    return base.EventLoop(future_class=Future)
