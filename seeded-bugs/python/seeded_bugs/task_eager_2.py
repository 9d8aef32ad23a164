"""TASK-EAGER-2 (3.12+): an eager task whose first step suspends is pending when create_task returns,
among all_tasks(), and goes on as any task of the loop.
Broken: Task.__eager_start (CPython 3.12's pure-Python Task, the same in 3.13) forgets to register
a task that did not finish in its first step (no "else: _register_task(self)"): it leaves the
eager tasks' set and never enters the scheduled ones, so all_tasks() does not hold it while it
waits. asyncio.eager_task_factory is patched, when this module is imported, to make these tasks.
Runs on Python 3.12+ only (eager tasks are new there).
"""

from asyncio import tasks

from seeded_bugs import _eager


class Task(_eager.Task):
    """The shared base, with the broken __eager_start below."""

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


_eager.install(Task)
new_event_loop = _eager.new_event_loop
