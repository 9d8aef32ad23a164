"""TASK-NAME-2: after task.set_name(value), get_name() returns str(value), also once the task is done.
Broken: Task.set_name (asyncio's pure-Python Task of 3.11, in _futures_tasks) stores the value as
it is, not converted to a string: after set_name(42), get_name() returns the int 42.
"""

from seeded_bugs import _futures_tasks as base


class Task(base.Task):
    def set_name(self, value):
        self._name = value  # bug: "self._name = str(value)"


def new_event_loop():
    return base.EventLoop(base.Future, Task)
