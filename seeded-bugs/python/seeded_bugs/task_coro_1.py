"""TASK-CORO-1: task.get_coro() returns the coroutine the task was made of, the same object, while
the task is pending and once it is done.
Broken: Task.get_coro (asyncio's pure-Python Task of 3.11, in _futures_tasks) gives the coroutine
only while the task can still run it, as if every task dropped its coroutine once done (what
3.12's eager start does for a task that finishes in its first step): a done task gives None.
"""

from seeded_bugs import _futures_tasks as base


class Task(base.Task):
    def get_coro(self):
        return None if self.done() else self._coro  # bug: "return self._coro"


def new_event_loop():
    return base.EventLoop(task_class=Task)
