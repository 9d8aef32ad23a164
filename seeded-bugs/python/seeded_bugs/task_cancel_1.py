"""TASK-CANCEL-1: cancel() raises CancelledError at the await on a later iteration, not inline.
Broken: cancel() on a task suspended at an await throws CancelledError into its coroutine at
once, inside the cancel() call, so the task may be done (cancelled) when cancel() returns.
"""

from seeded_bugs import _futures_tasks as base


class Task(base.Task):
    def cancel(self, msg=None):
        waiter = self._fut_waiter
        if self.done() or waiter is None or waiter.done():
            return super().cancel(msg)  # not suspended at a pending await: as asyncio
        self._num_cancels_requested += 1
        waiter.remove_done_callback(self._Task__wakeup)
        self._must_cancel = True
        self._cancel_message = msg
        base.step_now(self)  # bug: the coroutine gets CancelledError now
        return True


def new_event_loop():
    return base.EventLoop(task_class=Task)
