"""ASCOMPLETED-ORDER-3: the awaitables as_completed gives are interchangeable: whichever is awaited
first gets the earliest completion, the next awaited the next one.
Broken: asyncio.as_completed (CPython's, patched when this module is imported: 3.12's generator
on Python 3.10 to 3.12, 3.13's _AsCompletedIterator on 3.13+) gives each awaitable as a task
(ensure_future(_wait_for_one(...)) for the bare coroutine), so that it runs even if nobody awaits
it: the tasks join the queue's line of getters as they start, in the order they were given, so
the n-th awaitable given gets the n-th completion, whichever is awaited first.
"""

import asyncio
import sys
from asyncio import events, exceptions, tasks
from asyncio.tasks import ensure_future

if sys.version_info >= (3, 13):
    import inspect
    from asyncio import queues

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
            return ensure_future(self._wait_for_one(resolve=True))  # bug: "return self._wait_for_one(resolve=True)"

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
        if inspect.isawaitable(fs):
            raise TypeError(
                f"expects an iterable of awaitables, not {type(fs).__name__}"
            )

        return _AsCompletedIterator(fs, timeout)

else:
    from asyncio import coroutines, futures

    def as_completed(fs, *, timeout=None):
        if futures.isfuture(fs) or coroutines.iscoroutine(fs):
            raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")

        from asyncio.queues import Queue  # Import here to avoid circular import problem.
        done = Queue()

        loop = events.get_event_loop()
        todo = {ensure_future(f, loop=loop) for f in set(fs)}
        timeout_handle = None

        def _on_timeout():
            for f in todo:
                f.remove_done_callback(_on_completion)
                done.put_nowait(None)  # Queue a dummy value for _wait_for_one().
            todo.clear()  # Can't do todo.remove(f) in the loop.

        def _on_completion(f):
            if not todo:
                return  # _on_timeout() was here first.
            todo.remove(f)
            done.put_nowait(f)
            if not todo and timeout_handle is not None:
                timeout_handle.cancel()

        async def _wait_for_one():
            f = await done.get()
            if f is None:
                # Dummy value from _on_timeout().
                raise exceptions.TimeoutError
            return f.result()  # May raise f.exception().

        for f in todo:
            f.add_done_callback(_on_completion)
        if todo and timeout is not None:
            timeout_handle = loop.call_later(timeout, _on_timeout)
        for _ in range(len(todo)):
            yield ensure_future(_wait_for_one(), loop=loop)  # bug: "yield _wait_for_one()"


asyncio.as_completed = tasks.as_completed = as_completed


def new_event_loop():
    return asyncio.SelectorEventLoop()
