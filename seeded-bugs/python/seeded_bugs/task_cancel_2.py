"""TASK-CANCEL-2: a cancelled coroutine's finally blocks run, and may await, before it is done.
Broken: once the task's cancellation has been thrown into the coroutine, the task counts as
cancelled as soon as the coroutine suspends again: an await in its finally block never resumes.
"""

from asyncio import exceptions

from seeded_bugs import _futures_tasks as base


class Task(base.Task):
    def _resume(self, coro, exc):
        result = super()._resume(coro, exc)
        if isinstance(exc, exceptions.CancelledError) and self.cancelling():
            raise exc  # bug: "the coroutine got its cancellation, so the task is cancelled"
        return result


def new_event_loop():
    return base.EventLoop(task_class=Task)
