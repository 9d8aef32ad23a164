"""TASK-CREATE-1: create_task() does not run any part of the coroutine before it returns.
Broken: when the loop is running, a new task runs its first step at once, inside create_task()
(what Python 3.12's opt-in eager_task_factory does, made the default).
"""

from seeded_bugs import _futures_tasks as base


class Task(base.Task):
    def _start(self):
        if self._loop.is_running():
            base.step_now(self)  # bug: eager start instead of loop.call_soon(step)
        else:
            super()._start()


def new_event_loop():
    return base.EventLoop(task_class=Task)
