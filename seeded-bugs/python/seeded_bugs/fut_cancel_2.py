"""FUT-CANCEL-2: a cancelled future raises CancelledError carrying the msg given to cancel(msg).
Broken: cancel() accepts msg but does not keep it, so result() and exception() raise a
CancelledError without the message.
"""

from seeded_bugs import _futures_tasks as base


class Future(base.Future):
    def cancel(self, msg=None):
        return super().cancel()  # bug: msg is dropped


def new_event_loop():
    return base.EventLoop(future_class=Future)
