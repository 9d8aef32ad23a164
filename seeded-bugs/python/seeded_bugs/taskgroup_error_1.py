"""TASKGROUP-ERROR-1 (3.11+): a failing task cancels the other tasks and, while the body still
runs, the task running the body; the errors leave as one ExceptionGroup, in the order raised.
Broken: TaskGroup._on_task_done (CPython 3.11's, patched when this module is imported) cancels the
other tasks on the first failure but not the task running the body: the body goes on with its await
to the end, and only then does the block raise the ExceptionGroup.
"""

import asyncio


def _on_task_done(self, task):
    self._tasks.discard(task)

    if self._on_completed_fut is not None and not self._tasks:
        if not self._on_completed_fut.done():
            self._on_completed_fut.set_result(True)

    if task.cancelled():
        return

    exc = task.exception()
    if exc is None:
        return

    self._errors.append(exc)
    if self._is_base_error(exc) and self._base_error is None:
        self._base_error = exc

    if self._parent_task.done():
        # Not sure if this case is possible, but we want to handle
        # it anyways.
        self._loop.call_exception_handler({
            'message': f'Task {task!r} has errored out but its parent '
                       f'task {self._parent_task} is already completed',
            'exception': exc,
            'task': task,
        })
        return

    if not self._aborting and not self._parent_cancel_requested:
        # bug: the "remaining tasks" are cancelled, the body's task is not:
        # no "self._parent_cancel_requested = True" nor "self._parent_task.cancel()"
        self._abort()


asyncio.taskgroups.TaskGroup._on_task_done = _on_task_done


def new_event_loop():
    return asyncio.SelectorEventLoop()
