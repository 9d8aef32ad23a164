"""A replacement for asyncio.run_coroutine_threadsafe, for the THREADSAFE-CORO bugs: asyncio's,
written out (tasks.py and futures._chain_future), with a hook for what the task's outcome does to
the concurrent future and a switch for chaining the future's cancellation back to the task."""

import asyncio
import concurrent.futures


def install(outcome, cancel_back=True):
    """Replaces asyncio.run_coroutine_threadsafe; outcome(task, future) sets the future once the
    task is done and the future is not."""
    def run_coroutine_threadsafe(coro, loop):
        if not asyncio.iscoroutine(coro):
            raise TypeError('A coroutine object is required')
        future = concurrent.futures.Future()

        def start():
            task = asyncio.ensure_future(coro, loop=loop)
            task.add_done_callback(lambda t: None if future.done() else outcome(t, future))
            if cancel_back:
                future.add_done_callback(
                    lambda f: f.cancelled() and loop.call_soon_threadsafe(task.cancel))

        loop.call_soon_threadsafe(start)
        return future

    asyncio.run_coroutine_threadsafe = run_coroutine_threadsafe
    asyncio.tasks.run_coroutine_threadsafe = run_coroutine_threadsafe


def faithful(task, future):
    """asyncio's: the task's cancellation, exception or value."""
    if task.cancelled():
        future.cancel()
    elif task.exception() is not None:
        future.set_exception(task.exception())
    else:
        future.set_result(task.result())
