"""QUEUE-SIZE-3: qsize(), empty() and full() tell what the queue holds; maxsize 0 or less is no bound.
Broken: Queue.full (patched when this module is imported) treats only maxsize 0 as unbounded, so a
queue made with a negative maxsize is always full.
"""

import asyncio


def full(self):
    if self._maxsize == 0:  # bug: <= 0
        return False
    return self.qsize() >= self._maxsize


asyncio.Queue.full = full


def new_event_loop():
    return asyncio.SelectorEventLoop()
