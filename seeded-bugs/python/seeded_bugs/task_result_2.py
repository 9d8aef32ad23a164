"""TASK-RESULT-2: a KeyboardInterrupt (or SystemExit) leaving a task's coroutine ends the task with
it and leaves run_until_complete at once, before any other ready callback runs.
Broken: the task's step (__step) treats KeyboardInterrupt and SystemExit like any other exception:
it sets it as the task's exception and does not raise it again, so the loop runs on as if nothing
had happened and the program is never interrupted.
"""

from asyncio import exceptions, tasks

from seeded_bugs import _futures_tasks as base


class Task(base.Task):
    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        exc = self._pending_cancellation(exc)
        coro = self._coro
        self._fut_waiter = None
        tasks._enter_task(self._loop, self)
        try:
            result = self._resume(coro, exc)
        except StopIteration as stop:
            self._returned(stop.value)
        except exceptions.CancelledError as cancelled:
            self._coro_cancelled(cancelled)
        # bug: no "except (KeyboardInterrupt, SystemExit): Future.set_exception(self, error); raise"
        except BaseException as error:
            self._raised(error)
        else:
            self._yielded(result)
        finally:
            tasks._leave_task(self._loop, self)
            self = None  # break the cycle through the exception


def new_event_loop():
    return base.EventLoop(task_class=Task)
