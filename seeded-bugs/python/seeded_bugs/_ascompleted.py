"""asyncio.as_completed with one line changed, for the ASCOMPLETED seeded bugs: the running
Python's own source of it (asyncio/tasks.py: 3.13's _AsCompletedIterator and as_completed, or the
generator of 3.10 to 3.12), edited (_source.py), then put in place of asyncio.as_completed (the
driver looks it up at call time).
"""

import asyncio
import sys
from asyncio import tasks

from seeded_bugs._source import edited

NEW = sys.version_info >= (3, 13)


def patch(edits_313=(), edits_310=()):
    """Installs as_completed with the (old, new) text edits of the running version: edits_313 on
    3.13+, edits_310 on 3.10 to 3.12 (whose as_completed is a generator function)."""
    names = ("_AsCompletedIterator", "as_completed") if NEW else ("as_completed",)
    namespace = edited(tasks, names, edits_313 if NEW else edits_310)
    asyncio.as_completed = tasks.as_completed = namespace["as_completed"]


def new_event_loop():
    return asyncio.SelectorEventLoop()
