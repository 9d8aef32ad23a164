"""ASCOMPLETED-ORDER-2: as_completed counts a future passed several times once, runs a coroutine
input as a task and gives its outcome, and gives nothing for an empty input.
Broken: asyncio.as_completed (the running Python's own, patched when this module is imported:
the generator of 3.10 to 3.12, 3.13's _AsCompletedIterator on 3.13+; see _ascompleted.py) keeps its inputs in a list, one
entry per argument, as gather does ([... for f in fs] for {... for f in set(fs)}): a future passed
three times gets three done callbacks and is given, and its result awaited, three times.
"""

from seeded_bugs._ascompleted import new_event_loop, patch  # noqa: F401 (new_event_loop is the module's loop)

patch(edits_313=[('todo = {ensure_future(aw, loop=loop) for aw in set(aws)}', 'todo = [ensure_future(aw, loop=loop) for aw in aws]')],
      edits_310=[('todo = {ensure_future(f, loop=loop) for f in set(fs)}', 'todo = [ensure_future(f, loop=loop) for f in fs]')])
