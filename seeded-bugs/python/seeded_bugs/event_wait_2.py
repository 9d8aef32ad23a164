"""EVENT-WAIT-2: wait() on a set event returns at once; clear() makes later waits block.
Broken: Event.wait (CPython 3.11's, patched when this module is imported) makes every wait() a
suspension point (a "checkpoint", as trio's Event.wait is): on a set event it awaits sleep(0)
before returning True, so other tasks run first.
"""

import asyncio


async def wait(self):
    if self._value:
        await asyncio.sleep(0)  # bug: "return True" at once
        return True

    fut = self._get_loop().create_future()
    self._waiters.append(fut)
    try:
        await fut
        return True
    finally:
        self._waiters.remove(fut)


asyncio.Event.wait = wait


def new_event_loop():
    return asyncio.SelectorEventLoop()
