"""TASKGROUP-CANCEL-3 (3.13+): when the block is left with an ExceptionGroup while the task running
the body was also cancelled from outside (TASKGROUP-CANCEL-2), that cancellation stays pending:
the task's next await raises CancelledError.
Broken: TaskGroup.__aexit__ (CPython 3.13's, patched when this module is imported) raises the
ExceptionGroup without taking back and making again the outside cancellation (no uncancel() and
cancel() of the parent task when cancelling() is not 0), as 3.11 and 3.12 did: the cancellation,
already delivered to the body, is lost, and the next await returns normally.
Runs on Python 3.13+ only (the seeded-bug proof picks such an interpreter, or skips).
"""

import asyncio
from asyncio import exceptions


async def __aexit__(self, et, exc, tb):
    self._exiting = True

    if (exc is not None and
            self._is_base_error(exc) and
            self._base_error is None):
        self._base_error = exc

    if et is not None and issubclass(et, exceptions.CancelledError):
        propagate_cancellation_error = exc
    else:
        propagate_cancellation_error = None

    if et is not None:
        if not self._aborting:
            # Our parent task is being cancelled:
            #
            #    async with TaskGroup() as g:
            #        g.create_task(...)
            #        await ...  # <- CancelledError
            #
            # or there's an exception in "async with":
            #
            #    async with TaskGroup() as g:
            #        g.create_task(...)
            #        1 / 0
            #
            self._abort()

    # We use while-loop here because "self._on_completed_fut"
    # can be cancelled multiple times if our parent task
    # is being cancelled repeatedly (or even once, when
    # our own cancellation is already in progress)
    while self._tasks:
        if self._on_completed_fut is None:
            self._on_completed_fut = self._loop.create_future()

        try:
            await self._on_completed_fut
        except exceptions.CancelledError as ex:
            if not self._aborting:
                # Our parent task is being cancelled:
                #
                #    async def wrapper():
                #        async with TaskGroup() as g:
                #            g.create_task(foo)
                #
                # "wrapper" is being cancelled while "foo" is
                # still running.
                propagate_cancellation_error = ex
                self._abort()

        self._on_completed_fut = None

    assert not self._tasks

    if self._base_error is not None:
        raise self._base_error

    if self._parent_cancel_requested:
        # If this flag is set we *must* call uncancel().
        if self._parent_task.uncancel() == 0:
            # If there are no pending cancellations left,
            # don't propagate CancelledError.
            propagate_cancellation_error = None

    # Propagate CancelledError if there is one, except if there
    # are other errors -- those have priority.
    if propagate_cancellation_error is not None and not self._errors:
        raise propagate_cancellation_error

    if et is not None and not issubclass(et, exceptions.CancelledError):
        self._errors.append(exc)

    if self._errors:
        # bug: the outside cancellation is not delivered again (no "if
        # self._parent_task.cancelling(): self._parent_task.uncancel();
        # self._parent_task.cancel()"), as in 3.11 and 3.12
        # Exceptions are heavy objects that can have object
        # cycles (bad for GC); let's not keep a reference to
        # a bunch of them.
        try:
            me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
            raise me from None
        finally:
            self._errors = None


asyncio.taskgroups.TaskGroup.__aexit__ = __aexit__


def new_event_loop():
    return asyncio.SelectorEventLoop()
