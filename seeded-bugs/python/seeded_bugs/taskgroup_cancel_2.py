"""TASKGROUP-CANCEL-2 (3.11+): when a task of the group fails and another task cancels the task
running the body in the same iteration, the block is left with the ExceptionGroup of the failure,
and the task's cancelling() still counts the outside request.
Broken: TaskGroup.__aexit__ (CPython 3.11's, patched when this module is imported) lets a
CancelledError that reached the body out whenever there is one, without "except if there are
other errors -- those have priority": the failure is dropped and the block is left with
CancelledError.
"""

import asyncio
from asyncio import exceptions


async def __aexit__(self, et, exc, tb):
    self._exiting = True

    if (exc is not None and
            self._is_base_error(exc) and
            self._base_error is None):
        self._base_error = exc

    propagate_cancellation_error = \
        exc if et is exceptions.CancelledError else None
    if self._parent_cancel_requested:
        # If this flag is set we *must* call uncancel().
        if self._parent_task.uncancel() == 0:
            # If there are no pending cancellations left,
            # don't propagate CancelledError.
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

    # Propagate CancelledError if there is one.
    if propagate_cancellation_error:  # bug: "and not self._errors" dropped
        raise propagate_cancellation_error

    if et is not None and et is not exceptions.CancelledError:
        self._errors.append(exc)

    if self._errors:
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
