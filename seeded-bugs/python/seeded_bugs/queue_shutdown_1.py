"""QUEUE-SHUTDOWN-1 (3.13+): after shutdown() puts fail and gets drain the queue, then fail, and
every waiting getter and putter is woken.
Broken: Queue.shutdown (CPython 3.13's, patched when this module is imported) marks the queue shut
down but does not wake the coroutines already waiting in get() or put(), which then wait forever.
Runs on Python 3.13+ only (the seeded-bug proof picks such an interpreter, or skips).
"""

import asyncio


def shutdown(self, immediate=False):
    self._is_shutdown = True
    if immediate:
        while not self.empty():
            self._get()
            if self._unfinished_tasks > 0:
                self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()
    # bug: the waiting getters and putters are not woken


asyncio.Queue.shutdown = shutdown


def new_event_loop():
    return asyncio.SelectorEventLoop()
