"""ASCOMPLETED-ARG-1 (3.13+): as_completed(aw) with a single future, task or coroutine raises
TypeError('expects an iterable of awaitables, not <type>') at the call.
Broken: asyncio.as_completed (CPython 3.13's, patched when this module is imported) refuses only a
coroutine passed alone (coroutines.iscoroutine(fs) for inspect.isawaitable(fs)): a future or task
passed alone is taken for the iterable, and iterating it, in set(aws), raises
RuntimeError("await wasn't used with future") instead.
Runs on Python 3.13+ only (3.10 to 3.12 refuse at the first next(), with another message).
"""

from seeded_bugs._ascompleted import new_event_loop, patch  # noqa: F401 (new_event_loop is the module's loop)

patch(edits_313=[('if inspect.isawaitable(fs):', 'if coroutines.iscoroutine(fs):')])
