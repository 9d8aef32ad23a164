"""What the future and task seeded bugs share: a pure-Python Future and Task that follow the kit,
each seeded bug overriding one of their methods, and the loop that makes them.

`Future` is asyncio's pure-Python Future (asyncio.futures._PyFuture) with the messages of the C
Future, which the kit follows. `Task` is asyncio's pure-Python Task (asyncio.tasks._PyTask) of
Python 3.11 with its __init__ and __step restated in small methods (each a place where an
implementer can go wrong); it is also a subclass of the C asyncio.Task, whose __init__ it never
calls, so that isinstance(task, asyncio.Task) holds (the kit's driver knows tasks by it).
`new_event_loop()` makes a loop with both: it passes every check of the kit (the control).
"""

import asyncio
import contextvars
import inspect
from asyncio import coroutines, exceptions, futures, tasks

_PENDING = futures._PENDING
_CANCELLED = futures._CANCELLED
_FINISHED = futures._FINISHED


class Future(futures._PyFuture):
    """asyncio's pure-Python Future, with the C Future's InvalidStateError messages."""

    def result(self):
        if self._state == _PENDING:
            raise exceptions.InvalidStateError('Result is not set.')
        return super().result()

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        super().set_result(result)

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        super().set_exception(exception)


class Task(tasks._PyTask, Future, asyncio.Task):
    """asyncio's pure-Python Task (3.11) on the Future above; __init__ and __step as asyncio's,
    their parts in the methods after them."""

    # The C Task's read-only descriptors of these names would hide the instance attributes.
    _callbacks = _coro = _fut_waiter = None
    _must_cancel = False

    def __init__(self, coro, *, loop=None, name=None, context=None):
        Future.__init__(self, loop=loop)
        if self._source_traceback:
            del self._source_traceback[-1]
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        self._name = f'Task-{tasks._task_name_counter()}' if name is None else str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = contextvars.copy_context() if context is None else context
        self._start()
        tasks._register_task(self)

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
        except (KeyboardInterrupt, SystemExit) as error:
            Future.set_exception(self, error)
            raise
        except BaseException as error:
            self._raised(error)
        else:
            self._yielded(result)
        finally:
            tasks._leave_task(self._loop, self)
            self = None  # break the cycle through the exception

    def _start(self):
        """Schedules the first step."""
        self._loop.call_soon(self.__step, context=self._context)

    def _pending_cancellation(self, exc):
        """What to throw into the coroutine: a pending cancel() makes it CancelledError."""
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        return exc

    def _resume(self, coro, exc):
        """Runs the coroutine up to its next suspension; returns what it yielded."""
        try:
            return coro.send(None) if exc is None else coro.throw(exc)
        finally:
            self = None  # the exception's traceback keeps this frame: no cycle through it (as __step)

    def _returned(self, value):
        """The coroutine returned value."""
        if self._must_cancel:  # cancelled right before the coroutine returned
            self._must_cancel = False
            Future.cancel(self, msg=self._cancel_message)
        else:
            Future.set_result(self, value)

    def _coro_cancelled(self, exc):
        """The coroutine let CancelledError exc out."""
        self._cancelled_exc = exc  # what the awaiters will get
        Future.cancel(self)

    def _raised(self, exc):
        """The coroutine raised exc (not CancelledError)."""
        Future.set_exception(self, exc)

    def _yielded(self, result):
        """The coroutine suspended, yielding result (a future it awaits, or None)."""
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(result) is not self._loop:
                self._throw_later(RuntimeError(
                    f'Task {self!r} got Future {result!r} attached to a different loop'))
            elif not blocking:
                self._throw_later(RuntimeError(
                    f'yield was used instead of yield from in task {self!r} with {result!r}'))
            elif result is self:
                self._throw_later(RuntimeError(f'Task cannot await on itself: {self!r}'))
            else:
                self._wait_on(result)
        elif result is None:  # a bare yield: one loop iteration
            self._loop.call_soon(self.__step, context=self._context)
        elif inspect.isgenerator(result):
            self._throw_later(RuntimeError(
                f'yield was used instead of yield from for generator in task {self!r} '
                f'with {result!r}'))
        else:
            self._throw_later(RuntimeError(f'Task got bad yield: {result!r}'))

    def _throw_later(self, error):
        """Raises error in the coroutine, where it is suspended, on the next iteration."""
        self._loop.call_soon(self.__step, error, context=self._context)

    def _wait_on(self, future):
        """Resumes the coroutine once future is done."""
        future._asyncio_future_blocking = False
        future.add_done_callback(self.__wakeup, context=self._context)
        self._fut_waiter = future
        if self._must_cancel and self._fut_waiter.cancel(msg=self._cancel_message):
            self._must_cancel = False


def step_now(task, exc=None):
    """Runs one step of task now, inside the callback that is running, as Python 3.12's eager
    tasks do: task is the current task of its loop meanwhile."""
    loop = task.get_loop()
    current = tasks.current_task(loop)
    if current is not None:
        tasks._leave_task(loop, current)
    try:
        task._Task__step(exc)
    finally:
        if current is not None:
            tasks._enter_task(loop, current)


class EventLoop(asyncio.SelectorEventLoop):
    """asyncio's loop, whose create_future() makes future_class's futures and whose tasks are
    task_class's (made by create_task when no task factory is set, so that get_task_factory()
    is None as on asyncio's loop); None keeps asyncio's own class."""

    def __init__(self, future_class=None, task_class=None):
        super().__init__()
        self._future_class = future_class
        self._task_class = task_class

    def create_task(self, coro, *, name=None, context=None):
        if self._task_factory is not None or self._task_class is None:
            return super().create_task(coro, name=name, context=context)
        self._check_closed()
        return self._task_class(coro, loop=self, name=name, context=context)

    def create_future(self):
        if self._future_class is None:
            return super().create_future()
        return self._future_class(loop=self)


def new_event_loop():
    """The control: a loop with the Future and Task above, which follow every clause."""
    return EventLoop(Future, Task)
