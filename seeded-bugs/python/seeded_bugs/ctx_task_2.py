"""CTX-TASK-2: a task made with create_task(coro, context=ctx) runs its coroutine in ctx itself (3.11+).
Broken: the loop's create_task (CPython 3.11's, in a subclass of the selector loop) takes context=
but, as 3.10's did, makes the task without it: the task runs in a copy of the context current at
its creation, for loop.create_task and asyncio.create_task alike.
"""

import asyncio
from asyncio import tasks


class EventLoop(asyncio.SelectorEventLoop):
    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name)  # bug: no context=context
            if task._source_traceback:
                del task._source_traceback[-1]
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            if name is not None:
                task.set_name(name)
        return task


def new_event_loop():
    return EventLoop()
