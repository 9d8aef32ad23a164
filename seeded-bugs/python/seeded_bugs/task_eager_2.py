"""TASK-EAGER-2 (3.12+): an eager task whose first step suspends is pending when create_task returns,
among all_tasks(), and goes on as any task of the loop.
Broken: Task.__eager_start (CPython 3.12's pure-Python Task, the same in 3.13) forgets to register
a task that did not finish in its first step (no "else: _register_task(self)"): it leaves the
eager tasks' set and never enters the scheduled ones, so all_tasks() does not hold it while it
waits. asyncio.eager_task_factory is patched, when this module is imported, to make these tasks.
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
        prev_task = tasks._swap_current_task(self._loop, self)
        try:
            tasks._register_eager_task(self)
            try:
                self._context.run(self.__step_run_and_handle_result, None)
            finally:
                tasks._unregister_eager_task(self)
        finally:
            try:
                curtask = tasks._swap_current_task(self._loop, prev_task)
                assert curtask is self
            finally:
                if self.done():
                    self._coro = None
                    self = None  # Needed to break cycles when an exception occurs.
                # bug: no "else: _register_task(self)"


if hasattr(tasks, "create_eager_task_factory"):  # 3.12+; before, the clause's checks skip
    asyncio.eager_task_factory = tasks.eager_task_factory = tasks.create_eager_task_factory(Task)


def new_event_loop():
    return asyncio.SelectorEventLoop()
