"""QUEUE-ORDER-3: a LifoQueue gives the item put last first.
Broken: LifoQueue._get (patched when this module is imported) takes the oldest item, as a plain
Queue does.
"""

import asyncio


def _get(self):
    return self._queue.pop(0)  # bug: pop() is LIFO


asyncio.LifoQueue._get = _get


def new_event_loop():
    return asyncio.SelectorEventLoop()
