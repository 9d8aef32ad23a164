"""TASK-RESULT-1: a task's outcome is its coroutine's: its return value, or the exception it raised.
Broken: an exception raised by the coroutine is reported to the loop's exception handler, like
one of a callback, and the task ends with the result None: awaiters never see the exception.
"""

from seeded_bugs import _futures_tasks as base


class Task(base.Task):
    def _raised(self, exc):
        # bug: logged and swallowed, instead of Future.set_exception(self, exc)
        self._loop.call_exception_handler(
            {'message': 'Exception in task', 'exception': exc, 'task': self})
        base.Future.set_result(self, None)


def new_event_loop():
    return base.EventLoop(task_class=Task)
