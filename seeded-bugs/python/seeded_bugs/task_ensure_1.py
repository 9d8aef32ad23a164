"""TASK-ENSURE-1: ensure_future(obj) returns a future or a task as it is, wraps a coroutine in a new
task, and raises TypeError for anything else.
Broken: asyncio.ensure_future (CPython 3.11's, patched when this module is imported) knows a future
by isinstance(obj, asyncio.Future) instead of by duck typing (futures.isfuture): the futures of a
loop with a Future class of its own (here _futures_tasks' pure-Python Future, which is no subclass
of the C asyncio.Future) are taken for other awaitables and wrapped in a new task. Its tasks are
still returned as they are (they subclass asyncio.Task).
"""

import asyncio
from asyncio import coroutines, events, futures, tasks
from asyncio.tasks import _wrap_awaitable
import inspect

from seeded_bugs import _futures_tasks as base


def ensure_future(coro_or_future, *, loop=None):
    """Wrap a coroutine or an awaitable in a future.

    If the argument is a Future, it is returned directly.
    """
    return _ensure_future(coro_or_future, loop=loop)


def _ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, futures.Future):  # bug: "if futures.isfuture(coro_or_future):"
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                            'the one specified as the loop argument')
        return coro_or_future
    called_wrap_awaitable = False
    if not coroutines.iscoroutine(coro_or_future):
        if inspect.isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            called_wrap_awaitable = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')

    if loop is None:
        loop = events._get_event_loop(stacklevel=4)
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not called_wrap_awaitable:
            coro_or_future.close()
        raise


asyncio.ensure_future = tasks.ensure_future = ensure_future


def new_event_loop():
    return base.EventLoop(base.Future, base.Task)
