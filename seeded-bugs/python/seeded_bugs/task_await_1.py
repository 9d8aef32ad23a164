"""TASK-AWAIT-1: awaiting a future of another loop, or the task itself, raises RuntimeError there.
Broken: the task detects the mistake but fails with the RuntimeError itself instead of raising
it in the coroutine, which cannot catch it and go on.
"""

from seeded_bugs import _futures_tasks as base


class Task(base.Task):
    def _throw_later(self, error):
        base.Future.set_exception(self, error)  # bug: not thrown into the coroutine


def new_event_loop():
    return base.EventLoop(task_class=Task)
