"""TASKGROUP-WAIT-1 (3.11+): the block is left only once every task of the group is done,
including tasks the group's tasks add to it while the block waits.
Broken: TaskGroup.create_task (CPython 3.11's, patched when this module is imported) refuses a
task as soon as the block is being left ("is finished" once __aexit__ has begun, not once it has
found no task left): a task of the group that adds another while the block waits gets RuntimeError.
"""

import asyncio
from asyncio import tasks


def create_task(self, coro, *, name=None, context=None):
    if not self._entered:
        raise RuntimeError(f"TaskGroup {self!r} has not been entered")
    if self._exiting:  # bug: "if self._exiting and not self._tasks:"
        raise RuntimeError(f"TaskGroup {self!r} is finished")
    if self._aborting:
        raise RuntimeError(f"TaskGroup {self!r} is shutting down")
    if context is None:
        task = self._loop.create_task(coro)
    else:
        task = self._loop.create_task(coro, context=context)
    tasks._set_task_name(task, name)
    task.add_done_callback(self._on_task_done)
    self._tasks.add(task)
    return task


asyncio.taskgroups.TaskGroup.create_task = create_task


def new_event_loop():
    return asyncio.SelectorEventLoop()
