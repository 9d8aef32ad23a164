"""TASK-FACTORY-1: create_task calls the task factory set with (loop, coro) and returns its task;
get_task_factory() returns that factory; set_task_factory(None) restores the default, after which
get_task_factory() returns None.
Broken: the loop's set_task_factory (CPython 3.11's, in a subclass of the selector loop) stores a
default factory of its own when given None, so that create_task always has a factory to call:
tasks are made as before, but get_task_factory() then returns that function instead of None.
"""

import asyncio
from asyncio import tasks


def _default_task_factory(loop, coro, *, name=None, context=None):
    return tasks.Task(coro, loop=loop, name=name, context=context)


class EventLoop(asyncio.SelectorEventLoop):
    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory if factory is not None else _default_task_factory  # bug: "self._task_factory = factory"


def new_event_loop():
    return EventLoop()
