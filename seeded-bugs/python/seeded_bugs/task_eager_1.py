"""TASK-EAGER-1 (3.12+): with asyncio.eager_task_factory a task's first step runs inside the call that
makes it, with current_task() the new task (already named), and the caller's task is current again
afterwards.
Broken: Task.__eager_start (CPython 3.12's pure-Python Task, the same in 3.13) runs the first step
without making the task the loop's current task (no _swap_current_task before and after it):
the coroutine's first step runs, eagerly, but current_task() there is still the caller's task.
asyncio.eager_task_factory is patched, when this module is imported, to make these tasks.
Runs on Python 3.12+ only (eager tasks are new there).
"""

from asyncio import tasks

from seeded_bugs import _eager


class Task(_eager.Task):
    """The shared base, with the broken __eager_start below."""

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


_eager.install(Task)
new_event_loop = _eager.new_event_loop
