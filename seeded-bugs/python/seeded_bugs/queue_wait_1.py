"""QUEUE-WAIT-1: get() and put() wait their turn, first come, first served.
Broken: Queue._wakeup_next (patched when this module is imported) wakes the waiter that came last
instead of the first, for getters and putters alike.
"""

import asyncio


def _wakeup_next(self, waiters):
    while waiters:
        waiter = waiters.pop()  # bug: popleft()
        if not waiter.done():
            waiter.set_result(None)
            break


asyncio.Queue._wakeup_next = _wakeup_next


def new_event_loop():
    return asyncio.SelectorEventLoop()
