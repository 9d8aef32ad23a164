"""ASCOMPLETED-ASYNC-1 (3.13+): async for over as_completed gives each distinct input once, done,
in the order the inputs finish: a task or future input as that same object (a failed one given,
not raised), a coroutine input as the task made for it.
Broken: asyncio.as_completed (CPython 3.13's _AsCompletedIterator, patched when this module is
imported) resolves in __anext__ too (_wait_for_one(resolve=True), as __next__ does): async for
gives the inputs' results, and raises a failed input's exception, instead of the inputs.
Runs on Python 3.13+ only (async iteration of as_completed is new there).
"""

from seeded_bugs._ascompleted import new_event_loop, patch  # noqa: F401 (new_event_loop is the module's loop)

patch(edits_313=[('return await self._wait_for_one()', 'return await self._wait_for_one(resolve=True)')])
