"""COND-LOCK-1: wait() and notify() without the lock raise RuntimeError.
Broken: Condition.notify (CPython 3.11's, patched when this module is imported, and so also
notify_all(), which calls it) does not check that the lock is held: notify() and notify_all()
without the lock wake waiters instead of raising RuntimeError('cannot notify on un-acquired lock').
"""

import asyncio


def notify(self, n=1):
    # bug: no "if not self.locked(): raise RuntimeError('cannot notify on un-acquired lock')"
    idx = 0
    for fut in self._waiters:
        if idx >= n:
            break

        if not fut.done():
            idx += 1
            fut.set_result(False)


asyncio.Condition.notify = notify


def new_event_loop():
    return asyncio.SelectorEventLoop()
