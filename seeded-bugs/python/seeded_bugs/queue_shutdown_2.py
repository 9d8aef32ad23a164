"""QUEUE-SHUTDOWN-2 (3.13+): shutdown(immediate=True) drops the items and marks them done.
Broken: Queue.shutdown (CPython 3.13's, patched when this module is imported) drops the items but
does not count them as done, so join() never returns.
Runs on Python 3.13+ only (the seeded-bug proof picks such an interpreter, or skips).
"""

import asyncio


def shutdown(self, immediate=False):
    self._is_shutdown = True
    if immediate:
        while not self.empty():
            self._get()  # bug: the unfinished count is not decreased
        if self._unfinished_tasks == 0:
            self._finished.set()
    while self._getters:
        getter = self._getters.popleft()
        if not getter.done():
            getter.set_result(None)
    while self._putters:
        putter = self._putters.popleft()
        if not putter.done():
            putter.set_result(None)


asyncio.Queue.shutdown = shutdown


def new_event_loop():
    return asyncio.SelectorEventLoop()
