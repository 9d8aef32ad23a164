"""TASK-CANCEL-5: cancel() on a task that is already done returns False.
Broken: Task.cancel() does not check done() first: on a done task it records a cancellation
request that will never be delivered and returns True.
"""

from seeded_bugs import _futures_tasks as base


class Task(base.Task):
    def cancel(self, msg=None):  # asyncio's Task.cancel without "if self.done(): return False"
        self._log_traceback = False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True


def new_event_loop():
    return base.EventLoop(task_class=Task)
