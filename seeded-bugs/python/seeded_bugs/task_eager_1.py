"""TASK-EAGER-1 (3.12+): with asyncio.eager_task_factory a task's first step runs inside the call that
makes it, with current_task() the new task (already named), and the caller's task is current again
afterwards.
Broken: Task.__eager_start (CPython 3.12's pure-Python Task, the same in 3.13) runs the first step
without making the task the loop's current task (no _swap_current_task before and after it):
the coroutine's first step runs, eagerly, but current_task() there is still the caller's task.
asyncio.eager_task_factory is patched, when this module is imported, to make these tasks.
Runs on Python 3.12+ only (eager tasks are new there).
"""

import asyncio
from asyncio import tasks


class Task(tasks._PyTask, asyncio.Task):
    """asyncio's pure-Python Task; also a subclass of the C asyncio.Task, whose __init__ it never
    calls, so that isinstance(task, asyncio.Task) holds (as in _futures_tasks)."""

    # The C Task's read-only descriptors of these names would hide the instance attributes.
    _callbacks = _coro = _fut_waiter = None
    _must_cancel = False

    def __eager_start(self):
        # bug: no "prev_task = _swap_current_task(self._loop, self)"
        try:
            tasks._register_eager_task(self)
            try:
                self._context.run(self.__step_run_and_handle_result, None)
            finally:
                tasks._unregister_eager_task(self)
        finally:
            # bug: no "_swap_current_task(self._loop, prev_task)"
            if self.done():
                self._coro = None
                self = None  # Needed to break cycles when an exception occurs.
            else:
                tasks._register_task(self)


if hasattr(tasks, "create_eager_task_factory"):  # 3.12+; before, the clause's checks skip
    asyncio.eager_task_factory = tasks.eager_task_factory = tasks.create_eager_task_factory(Task)


def new_event_loop():
    return asyncio.SelectorEventLoop()
