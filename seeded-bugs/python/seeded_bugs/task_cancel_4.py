"""TASK-CANCEL-4: a task cancelled before its first step never runs any of its coroutine.
Broken: a coroutine that has not started is started first, and the pending cancellation is
thrown into it only at its first await, so its body runs up to there.
"""

import inspect

from seeded_bugs import _futures_tasks as base


class Task(base.Task):
    def _pending_cancellation(self, exc):
        if inspect.getcoroutinestate(self._coro) == inspect.CORO_CREATED:
            return exc  # bug: the cancellation waits for the first suspension
        return super()._pending_cancellation(exc)


def new_event_loop():
    return base.EventLoop(task_class=Task)
