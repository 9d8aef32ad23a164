"""ASCOMPLETED-TIMEOUT-1: once as_completed's timeout passes, each remaining await raises
TimeoutError, and the inputs still pending are not cancelled: they run on and finish.
Broken: asyncio.as_completed (the running Python's own, patched when this module is imported:
the generator of 3.10 to 3.12, 3.13's _AsCompletedIterator on 3.13+; see _ascompleted.py) cancels each pending input when the
timeout passes (f.cancel() for f.remove_done_callback(...)), as wait_for does: the awaits raise
TimeoutError, but the inputs end cancelled.
"""

from seeded_bugs._ascompleted import new_event_loop, patch  # noqa: F401 (new_event_loop is the module's loop)

patch(edits_313=[('f.remove_done_callback(self._handle_completion)', 'f.cancel()')],
      edits_310=[('f.remove_done_callback(_on_completion)', 'f.cancel()')])
