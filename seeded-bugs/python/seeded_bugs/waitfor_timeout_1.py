"""WAITFOR-TIMEOUT-1: when the timeout passes, wait_for cancels aw, waits until it is done (its
cleanup included), then raises TimeoutError; a task or future passed in is left cancelled.
Broken: asyncio.wait_for (CPython 3.11's, patched when this module is imported) cancels aw and
goes on without waiting for it (as CPython did before bpo-32751): a task, only asked to cancel,
is still pending when wait_for reads its outcome, and InvalidStateError comes out before the
task's cleanup has run (a future, cancelled at once, gives TimeoutError).
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
            fut.cancel()  # bug: "await _cancel_and_wait(fut, loop=loop)"
            # In case task cancellation failed with some
            # exception, we should re-raise it
            # See https://bugs.python.org/issue40607
            try:
                return fut.result()
            except exceptions.CancelledError as exc:
                raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


asyncio.wait_for = tasks.wait_for = wait_for


def new_event_loop():
    return asyncio.SelectorEventLoop()
