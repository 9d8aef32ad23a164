"""TASK-CANCEL-9 (3.13+): uncancel() that brings cancelling() to 0 withdraws a cancellation
requested but not yet thrown into the coroutine; while the count stays above 0 it is delivered.
Broken: Task.uncancel (asyncio's pure-Python Task, in _futures_tasks) is 3.11's and 3.12's: it
lowers the count but leaves _must_cancel set (no "if self._num_cancels_requested == 0:
self._must_cancel = False", gh-116720), so a task cancelled then uncancelled before its next step
still gets CancelledError there.
Runs on Python 3.13+ only (the seeded-bug proof picks such an interpreter, or skips).
"""

from seeded_bugs import _futures_tasks as base


class Task(base.Task):
    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
            # bug: no "if self._num_cancels_requested == 0: self._must_cancel = False"
        return self._num_cancels_requested


def new_event_loop():
    return base.EventLoop(task_class=Task)
