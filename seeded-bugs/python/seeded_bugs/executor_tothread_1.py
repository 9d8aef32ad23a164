"""EXECUTOR-TOTHREAD-1: to_thread() calls the function on another thread, in a copy of the
caller's context.
The mistake: asyncio.to_thread (patched when this module is imported) is a plain
run_in_executor(None, partial(func, *args, **kwargs)), without contextvars.copy_context() and
ctx.run: the function runs in the worker thread's own context, so it does not see the caller's
context variables (what it sets stays in the worker thread, not in a copy).
"""

import asyncio
import functools

from asyncio import events, threads


async def to_thread(func, /, *args, **kwargs):
    loop = events.get_running_loop()
    func_call = functools.partial(func, *args, **kwargs)  # the mistake: asyncio's partial(ctx.run, func, ...)
    return await loop.run_in_executor(None, func_call)


asyncio.to_thread = threads.to_thread = to_thread


def new_event_loop():
    return asyncio.SelectorEventLoop()
