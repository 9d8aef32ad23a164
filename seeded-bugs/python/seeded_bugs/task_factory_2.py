"""TASK-FACTORY-2: with a task factory set, create_task(coro, name=n) returns a task named n before
its first step runs, whatever name the factory gave it.
Broken: the loop's create_task (CPython 3.11's, in a subclass of the selector loop) names the task
only when it makes it itself: the factory's task keeps the name the factory gave it.
"""

import asyncio
from asyncio import tasks


class EventLoop(asyncio.SelectorEventLoop):
    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
            if task._source_traceback:
                del task._source_traceback[-1]
        else:
            if context is None:
                # Use legacy API if context is not needed
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            # bug: no "tasks._set_task_name(task, name)"
        return task


def new_event_loop():
    return EventLoop()
