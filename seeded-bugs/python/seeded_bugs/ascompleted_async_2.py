"""ASCOMPLETED-ASYNC-2 (3.13+): with a timeout, async for over as_completed gives the inputs that
finish before it passes, then raises TimeoutError; the inputs still pending are not cancelled.
Broken: asyncio.as_completed (CPython 3.13's _AsCompletedIterator, patched when this module is
imported) takes the timeout for the end of the asynchronous iteration: the sentinel the timeout
queues raises StopAsyncIteration for async for (TimeoutError only for the awaitables of plain
iteration), so the loop ends quietly as if every input were given.
Runs on Python 3.13+ only (async iteration of as_completed is new there).
"""

from seeded_bugs._ascompleted import new_event_loop, patch  # noqa: F401 (new_event_loop is the module's loop)

patch(edits_313=[('raise exceptions.TimeoutError', 'raise exceptions.TimeoutError if resolve else StopAsyncIteration')])
