"""TASK-CANCEL-3: a task whose coroutine lets CancelledError out ends cancelled.
Broken: the task treats the CancelledError like any other exception: it ends done with that
exception set, and cancelled() is False.
"""

from seeded_bugs import _futures_tasks as base


class Task(base.Task):
    def _coro_cancelled(self, exc):
        base.Future.set_exception(self, exc)  # bug: not Future.cancel(self)


def new_event_loop():
    return base.EventLoop(task_class=Task)
