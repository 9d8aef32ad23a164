"""QUEUE-SIZE-2: get_nowait on an empty queue raises QueueEmpty.
Broken: Queue.get_nowait (patched when this module is imported) returns None from an empty queue
instead of raising (get() still waits, since it checks empty() itself).
"""

import asyncio


def get_nowait(self):
    if self.empty():
        return None  # bug: raise QueueEmpty
    item = self._get()
    self._wakeup_next(self._putters)
    return item


asyncio.Queue.get_nowait = get_nowait


def new_event_loop():
    return asyncio.SelectorEventLoop()
