"""WAITFOR-TASK-1 (3.12+): a coroutine passed to wait_for runs in the task that awaits wait_for.
Broken: asyncio.wait_for (CPython 3.12's, the same in 3.13, patched when this module is imported)
still wraps the awaitable in a task of its own inside its timeout block, as 3.11's did: the
coroutine's current_task() is that task, not the caller's.
Runs on Python 3.12+ only (asyncio.timeouts and this wait_for are new there).
"""

import asyncio
from asyncio import exceptions, tasks, timeouts
from asyncio.tasks import _cancel_and_wait, ensure_future


async def wait_for(fut, timeout):
    # The special case for timeout <= 0 is for the following case:
    #
    # async def test_waitfor():
    #     func_started = False
    #
    #     async def func():
    #         nonlocal func_started
    #         func_started = True
    #
    #     try:
    #         await asyncio.wait_for(func(), 0)
    #     except asyncio.TimeoutError:
    #         assert not func_started
    #     else:
    #         assert False
    #
    # asyncio.run(test_waitfor())


    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)

        if fut.done():
            return fut.result()

        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError from exc

    async with timeouts.timeout(timeout):
        return await ensure_future(fut)  # bug: "return await fut"


asyncio.wait_for = tasks.wait_for = wait_for


def new_event_loop():
    return asyncio.SelectorEventLoop()
