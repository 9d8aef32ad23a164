"""EVENT-WAIT-1: set() wakes every waiter, even if the event is cleared before they run.
Broken: Event.wait (CPython 3.11's, patched when this module is imported) returns the flag as it is
when the woken waiter runs, not True: after set() then clear(), every waiter returns False.
"""

import asyncio


async def wait(self):
    if self._value:
        return True

    fut = self._get_loop().create_future()
    self._waiters.append(fut)
    try:
        await fut
        return self._value  # bug: "return True"
    finally:
        self._waiters.remove(fut)


asyncio.Event.wait = wait


def new_event_loop():
    return asyncio.SelectorEventLoop()
