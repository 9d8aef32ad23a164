"""TASK-CANCEL-2: a cancelled coroutine's finally blocks run, and can still await, before the task is done.
Broken: once CancelledError has been thrown into the coroutine, the task counts as cancelled as
soon as the coroutine suspends again: an await in its finally block never resumes.
"""

from asyncio import exceptions

from seeded_bugs import _futures_tasks as base


class Task(base.Task):
    def _resume(self, coro, exc):
        result = super()._resume(coro, exc)
        if isinstance(exc, exceptions.CancelledError):
            raise exc  # bug: "the coroutine got the cancellation, so the task is cancelled"
        return result


def new_event_loop():
    return base.EventLoop(task_class=Task)
