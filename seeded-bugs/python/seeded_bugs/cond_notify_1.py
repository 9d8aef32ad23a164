"""COND-NOTIFY-1: notify(n) wakes the n oldest waiters, notify_all() every one.
Broken: Condition.notify (CPython 3.11's, patched when this module is imported) forgets n: it wakes
every waiting task, as notify_all() does, so notify() wakes all of them instead of the oldest.
"""

import asyncio


def notify(self, n=1):
    if not self.locked():
        raise RuntimeError('cannot notify on un-acquired lock')

    for fut in self._waiters:
        # bug: no "if idx >= n: break" (nor the count)
        if not fut.done():
            fut.set_result(False)


asyncio.Condition.notify = notify


def new_event_loop():
    return asyncio.SelectorEventLoop()
