"""ASCOMPLETED-ORDER-1: the awaitables as_completed gives, awaited in turn, give the inputs'
outcomes in the order they finish: a result, or the input's exception raised (the same object).
Broken: asyncio.as_completed (the running Python's own, patched when this module is imported:
the generator of 3.10 to 3.12, 3.13's _AsCompletedIterator on 3.13+; see _ascompleted.py) reads a finished input's outcome
from its result slot (f._result for f.result()): the await of a failed input returns None
instead of raising the input's exception.
"""

from seeded_bugs._ascompleted import new_event_loop, patch  # noqa: F401 (new_event_loop is the module's loop)

patch(edits_313=[('return f.result() if resolve else f', 'return f._result if resolve else f')],
      edits_310=[('return f.result()  # May raise f.exception().', 'return f._result')])
