"""TASK-CANCEL-8: cancelling() counts cancel() less uncancel() calls; uncancel() never goes below 0.
Broken: uncancel() decrements the count unconditionally, so calling it more often than
cancel() makes cancelling() negative.
"""

from seeded_bugs import _futures_tasks as base


class Task(base.Task):
    def uncancel(self):
        self._num_cancels_requested -= 1  # bug: no "if > 0"
        return self._num_cancels_requested


def new_event_loop():
    return base.EventLoop(task_class=Task)
