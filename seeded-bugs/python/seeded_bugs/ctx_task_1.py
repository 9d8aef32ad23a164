"""CTX-TASK-1: a task runs every step of its coroutine in the one copy of the context current at its creation.
Broken: a task made without context= (asyncio's pure-Python Task of 3.11, in _futures_tasks)
puts its copy off until its first step: only then does it copy the context of the task that
created it, so it sees the values its creator set after creating it (a task made outside any task
copies, at its first step, the context its first step was scheduled in: the right one).
"""

import contextvars
from asyncio import tasks

from seeded_bugs import _futures_tasks as base


class Task(base.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        self._copy_at_first_step = context is None
        super().__init__(coro, loop=loop, name=name, context=context)

    def _start(self):
        if not self._copy_at_first_step:
            super()._start()
            return
        creator = tasks.current_task(self._loop)
        self._loop.call_soon(self._first_step, creator)

    def _first_step(self, creator):
        # bug: the copy is taken now, not when the task was made
        if creator is not None:
            self._context = creator._context.copy()
        else:
            self._context = contextvars.copy_context()
        self._context.run(self._Task__step)


def new_event_loop():
    return base.EventLoop(base.Future, Task)
