"""QUEUE-SIZE-1: put_nowait on a full queue raises QueueFull.
Broken: Queue.put_nowait (patched when this module is imported) never checks the bound, so a full
queue grows past maxsize (put() still waits, since it checks full() itself).
"""

import asyncio


def put_nowait(self, item):
    # bug: no "if self.full(): raise QueueFull"
    self._put(item)
    self._unfinished_tasks += 1
    self._finished.clear()
    self._wakeup_next(self._getters)


asyncio.Queue.put_nowait = put_nowait


def new_event_loop():
    return asyncio.SelectorEventLoop()
