"""WAITFOR-TIMEOUT-2: an awaitable that swallows the cancellation of the timeout and returns a value
gives that value.
Broken: asyncio.wait_for (CPython 3.11's, patched when this module is imported) raises TimeoutError
once the timeout has cancelled the awaitable and waited for it, whatever the awaitable then did
(as CPython did before bpo-40607): the value it returned is dropped.
"""

import asyncio
import functools
from asyncio import events, exceptions, tasks
from asyncio.tasks import _cancel_and_wait, _release_waiter, ensure_future


async def wait_for(fut, timeout):
    loop = events.get_running_loop()

    if timeout is None:
        return await fut

    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)

        if fut.done():
            return fut.result()

        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = functools.partial(_release_waiter, waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)

    try:
        # wait until the future completes or the timeout
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                # We must ensure that the task is not running
                # after wait_for() returns.
                # See https://bugs.python.org/issue32751
                await _cancel_and_wait(fut, loop=loop)
                raise

        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            # We must ensure that the task is not running
            # after wait_for() returns.
            # See https://bugs.python.org/issue32751
            await _cancel_and_wait(fut, loop=loop)
            # In case task cancellation failed with some
            # exception, we should re-raise it
            # See https://bugs.python.org/issue40607
            try:
                raise exceptions.TimeoutError()  # bug: "return fut.result()"
            except exceptions.CancelledError as exc:
                raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


asyncio.wait_for = tasks.wait_for = wait_for


def new_event_loop():
    return asyncio.SelectorEventLoop()
