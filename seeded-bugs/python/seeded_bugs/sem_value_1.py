"""SEM-VALUE-1: at most value tasks hold a semaphore at once.
Broken: Semaphore._wake_up_next (CPython 3.11's, patched when this module is imported) wakes the
first waiter without taking the count for it (as 3.10's release() left it to the woken waiter),
while 3.11's acquire() takes none after a wake-up: each hand-over leaves the counter one too high,
so more than value tasks get in, and locked() is False while value tasks hold the semaphore.
"""

import asyncio


def _wake_up_next(self):
    if not self._waiters:
        return

    for fut in self._waiters:
        if not fut.done():
            # bug: no "self._value -= 1" for the waiter woken
            fut.set_result(True)
            return


asyncio.Semaphore._wake_up_next = _wake_up_next


def new_event_loop():
    return asyncio.SelectorEventLoop()
