"""ASCOMPLETED-ARG-1 (3.13+): as_completed(aw) with a single future, task or coroutine raises
TypeError('expects an iterable of awaitables, not <type>') at the call.
Broken: asyncio.as_completed (CPython 3.13's, patched when this module is imported) refuses only a
coroutine passed alone (coroutines.iscoroutine(fs) for inspect.isawaitable(fs)): a future or task
passed alone is taken for the iterable, and iterating it, in set(aws), raises
RuntimeError("await wasn't used with future") instead.
Runs on Python 3.13+ only (3.10 to 3.12 refuse at the first next(), with another message).
"""

import asyncio
from asyncio import coroutines, events, exceptions, queues, tasks
from asyncio.tasks import ensure_future


class _AsCompletedIterator:
    def __init__(self, aws, timeout):
        self._done = queues.Queue()
        self._timeout_handle = None

        loop = events.get_event_loop()
        todo = {ensure_future(aw, loop=loop) for aw in set(aws)}
        for f in todo:
            f.add_done_callback(self._handle_completion)
        if todo and timeout is not None:
            self._timeout_handle = (
                loop.call_later(timeout, self._handle_timeout)
            )
        self._todo = todo
        self._todo_left = len(todo)

    def __aiter__(self):
        return self

    def __iter__(self):
        return self

    async def __anext__(self):
        if not self._todo_left:
            raise StopAsyncIteration
        assert self._todo_left > 0
        self._todo_left -= 1
        return await self._wait_for_one()

    def __next__(self):
        if not self._todo_left:
            raise StopIteration
        assert self._todo_left > 0
        self._todo_left -= 1
        return self._wait_for_one(resolve=True)

    def _handle_timeout(self):
        for f in self._todo:
            f.remove_done_callback(self._handle_completion)
            self._done.put_nowait(None)  # Sentinel for _wait_for_one().
        self._todo.clear()  # Can't do todo.remove(f) in the loop.

    def _handle_completion(self, f):
        if not self._todo:
            return  # _handle_timeout() was here first.
        self._todo.remove(f)
        self._done.put_nowait(f)
        if not self._todo and self._timeout_handle is not None:
            self._timeout_handle.cancel()

    async def _wait_for_one(self, resolve=False):
        # Wait for the next future to be done and return it unless resolve is
        # set, in which case return either the result of the future or raise
        # an exception.
        f = await self._done.get()
        if f is None:
            # Dummy value from _handle_timeout().
            raise exceptions.TimeoutError
        return f.result() if resolve else f


def as_completed(fs, *, timeout=None):
    if coroutines.iscoroutine(fs):  # bug: "if inspect.isawaitable(fs):"
        raise TypeError(
            f"expects an iterable of awaitables, not {type(fs).__name__}"
        )

    return _AsCompletedIterator(fs, timeout)


asyncio.as_completed = tasks.as_completed = as_completed


def new_event_loop():
    return asyncio.SelectorEventLoop()
