"""TASK-NAME-1: loop.create_task(coro, name=n) makes a task named n.
Broken: the loop's create_task() accepts name but does not pass it on, so every task gets a
default name.
"""

import asyncio


class EventLoop(asyncio.SelectorEventLoop):
    def create_task(self, coro, *, name=None, context=None):
        return super().create_task(coro, context=context)  # bug: name is dropped


def new_event_loop():
    return EventLoop()
