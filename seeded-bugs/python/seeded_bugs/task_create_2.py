"""TASK-CREATE-2: asyncio.create_task(coro, name=n) wraps coro in a task of the running loop; with no
running loop it raises RuntimeError('no running event loop').
Broken: asyncio.create_task (CPython 3.11's, patched when this module is imported) asks for the
loop with get_event_loop(), as code written before 3.7 did: outside a running loop it gets (or
makes) the policy's loop, with a DeprecationWarning, and returns a task there that never runs
instead of raising.
"""

import asyncio
from asyncio import events, tasks
from asyncio.tasks import _set_task_name


def create_task(coro, *, name=None, context=None):
    """Schedule the execution of a coroutine object in a spawn task.

    Return a Task object.
    """
    loop = events.get_event_loop()  # bug: "loop = events.get_running_loop()"
    if context is None:
        # Use legacy API if context is not needed
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)

    _set_task_name(task, name)
    return task


asyncio.create_task = tasks.create_task = create_task


def new_event_loop():
    return asyncio.SelectorEventLoop()
