"""TASK-CANCEL-6: a task whose coroutine swallows the cancellation and returns is not cancelled.
Broken: when the coroutine returns, a cancellation that was ever requested (cancelling() > 0)
wins: the task ends cancelled and the returned value is lost.
"""

from seeded_bugs import _futures_tasks as base


class Task(base.Task):
    def _returned(self, value):
        if self.cancelling():  # bug: should test the pending request (_must_cancel) only
            base.Future.cancel(self, msg=self._cancel_message)
        else:
            super()._returned(value)


def new_event_loop():
    return base.EventLoop(task_class=Task)
