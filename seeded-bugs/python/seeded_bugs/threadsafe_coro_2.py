"""THREADSAFE-CORO-2: cancelling run_coroutine_threadsafe's future cancels the coroutine's task.
Broken: asyncio.run_coroutine_threadsafe (replaced when this module is imported) chains the task's
outcome to the future but not the future's cancellation to the task: the task runs on.
"""

import asyncio
import concurrent.futures


def run_coroutine_threadsafe(coro, loop):
    if not asyncio.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = concurrent.futures.Future()

    def chain(task):
        if future.done():
            return
        if task.cancelled():
            future.cancel()
        elif task.exception() is not None:
            future.set_exception(task.exception())
        else:
            future.set_result(task.result())

    def start():
        asyncio.ensure_future(coro, loop=loop).add_done_callback(chain)  # bug: no way back

    loop.call_soon_threadsafe(start)
    return future


asyncio.run_coroutine_threadsafe = run_coroutine_threadsafe
asyncio.tasks.run_coroutine_threadsafe = run_coroutine_threadsafe


def new_event_loop():
    return asyncio.SelectorEventLoop()
