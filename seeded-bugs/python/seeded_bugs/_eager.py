"""What the TASK-EAGER seeded bugs share (Python 3.12+): asyncio's pure-Python Task as a base for
a Task whose __eager_start is broken, and install(), which makes asyncio.eager_task_factory build
that Task."""

import asyncio
from asyncio import tasks


class Task(tasks._PyTask, asyncio.Task):
    """asyncio's pure-Python Task; also a subclass of the C asyncio.Task, whose __init__ it never
    calls, so that isinstance(task, asyncio.Task) holds (as in _futures_tasks). A bug subclasses
    it under the same name, Task, so that its __eager_start overrides this one's."""

    # The C Task's read-only descriptors of these names would hide the instance attributes.
    _callbacks = _coro = _fut_waiter = None
    _must_cancel = False


def install(task_class):
    """Makes asyncio.eager_task_factory build task_class's tasks (3.12+; before, the clause's
    checks are skipped and nothing is patched)."""
    if hasattr(tasks, "create_eager_task_factory"):
        asyncio.eager_task_factory = tasks.eager_task_factory = tasks.create_eager_task_factory(task_class)


def new_event_loop():
    return asyncio.SelectorEventLoop()
