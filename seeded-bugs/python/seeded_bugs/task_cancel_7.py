"""TASK-CANCEL-7: the awaiter of a task cancelled with cancel(msg) gets CancelledError(msg).
Broken: the task does not keep the CancelledError its coroutine let out (Python 3.10's Task),
so its awaiters get a new CancelledError() without the message.
"""

from seeded_bugs import _futures_tasks as base


class Task(base.Task):
    def _coro_cancelled(self, exc):
        base.Future.cancel(self)  # bug: forgets self._cancelled_exc = exc


def new_event_loop():
    return base.EventLoop(task_class=Task)
