"""ASCOMPLETED-CANCEL-1: a task cancelled while it awaits an awaitable of as_completed gets
CancelledError there, and the inputs run on.
Broken: asyncio.as_completed (the running Python's own, patched when this module is imported:
the generator of 3.10 to 3.12, 3.13's _AsCompletedIterator on 3.13+; see _ascompleted.py) takes a
cancelled wait for the timeout's sentinel (catches CancelledError around done.get() and goes on with
None): the cancelled task gets TimeoutError instead of CancelledError.
"""

from seeded_bugs._ascompleted import new_event_loop, patch  # noqa: F401 (new_event_loop is the module's loop)

_CAUGHT = """        try:
            f = await {queue}.get()
        except exceptions.CancelledError:
            f = None  # bug: the cancelled wait taken for the timeout's sentinel"""

patch(edits_313=[("        f = await self._done.get()", _CAUGHT.format(queue="self._done"))],
      edits_310=[("        f = await done.get()", _CAUGHT.format(queue="done"))])
