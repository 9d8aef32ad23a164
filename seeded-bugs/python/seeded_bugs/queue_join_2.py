"""QUEUE-JOIN-2: task_done() once too often raises ValueError.
Broken: Queue.task_done (patched when this module is imported) never checks the count, which goes
below zero.
"""

import asyncio


def task_done(self):
    # bug: no "if self._unfinished_tasks <= 0: raise ValueError('task_done() called too many times')"
    self._unfinished_tasks -= 1
    if self._unfinished_tasks == 0:
        self._finished.set()


asyncio.Queue.task_done = task_done


def new_event_loop():
    return asyncio.SelectorEventLoop()
