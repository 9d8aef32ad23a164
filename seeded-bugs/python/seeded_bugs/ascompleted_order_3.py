"""ASCOMPLETED-ORDER-3: the awaitables as_completed gives are interchangeable: whichever is awaited
first gets the earliest completion, the next awaited the next one.
Broken: asyncio.as_completed (the running Python's own, patched when this module is imported:
the generator of 3.10 to 3.12, 3.13's _AsCompletedIterator on 3.13+; see _ascompleted.py) gives each awaitable as a task
(ensure_future(_wait_for_one(...)) for the bare coroutine), so that it runs even if nobody awaits
it: the tasks join the queue's line of getters as they start, in the order they were given, so
the n-th awaitable given gets the n-th completion, whichever is awaited first.
"""

from seeded_bugs._ascompleted import new_event_loop, patch  # noqa: F401 (new_event_loop is the module's loop)

patch(edits_313=[('return self._wait_for_one(resolve=True)', 'return ensure_future(self._wait_for_one(resolve=True))')],
      edits_310=[('yield _wait_for_one()', 'yield ensure_future(_wait_for_one(), loop=loop)')])
