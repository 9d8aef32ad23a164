"""TASK-UNRETRIEVED-1: a task whose exception nobody retrieved is reported when it goes.
Broken: the loop's tasks (of create_task, when no task factory is set) are of a Task subclass
whose __del__ says nothing, so the exception handler never hears of the lost exception.
"""

import asyncio


class Quiet(asyncio.Task):
    def __del__(self):
        pass  # bug: asyncio's reports 'Task exception was never retrieved'


class Loop(asyncio.SelectorEventLoop):
    def create_task(self, coro, *, name=None, context=None):
        if self.get_task_factory() is not None:
            return super().create_task(coro, name=name, context=context)
        return Quiet(coro, loop=self, name=name, context=context)


def new_event_loop():
    return Loop()
