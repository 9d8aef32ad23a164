"""THREADSAFE-CORO-1: run_coroutine_threadsafe's future gives the coroutine's value or raises its
exception.
Broken: asyncio.run_coroutine_threadsafe (replaced when this module is imported) loses the
coroutine's exception: its future's result is None instead.
"""

import asyncio
import concurrent.futures


def run_coroutine_threadsafe(coro, loop):
    if not asyncio.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = concurrent.futures.Future()

    def chain(task):
        if task.cancelled():
            future.cancel()
        elif task.exception() is not None:
            future.set_result(None)  # bug: the exception is lost
        else:
            future.set_result(task.result())

    def start():
        asyncio.ensure_future(coro, loop=loop).add_done_callback(chain)

    loop.call_soon_threadsafe(start)
    return future


asyncio.run_coroutine_threadsafe = run_coroutine_threadsafe
asyncio.tasks.run_coroutine_threadsafe = run_coroutine_threadsafe


def new_event_loop():
    return asyncio.SelectorEventLoop()
