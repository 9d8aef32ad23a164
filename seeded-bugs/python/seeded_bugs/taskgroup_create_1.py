"""TASKGROUP-CREATE-1 (3.11+): create_task before the block, after it, or once a failure has begun
to shut the group down raises RuntimeError.
Broken: TaskGroup.create_task (CPython 3.11's, patched when this module is imported) checks only
that the block was entered and is not finished: while a failure shuts the group down it still
takes a new task, which runs (nobody cancels it) and is waited for.
"""

import asyncio
from asyncio import tasks


def create_task(self, coro, *, name=None, context=None):
    if not self._entered:
        raise RuntimeError(f"TaskGroup {self!r} has not been entered")
    if self._exiting and not self._tasks:
        raise RuntimeError(f"TaskGroup {self!r} is finished")
    # bug: no "if self._aborting: raise RuntimeError(f'TaskGroup {self!r} is shutting down')"
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
