"""EVENT-CANCEL-1: a cancelled wait raises CancelledError and changes nothing else.
Broken: Event.wait (CPython 3.11's, patched when this module is imported) makes one future for all
the tasks waiting at once (the only entry of the waiters, which set() completes), with no shield:
cancelling one waiting task cancels that shared future, so every other waiter gets CancelledError
too.
"""

import asyncio


async def wait(self):
    if self._value:
        return True

    # bug: one future shared by all the waiters, not one each
    if not self._waiters or self._waiters[0].done():
        self._waiters.clear()
        self._waiters.append(self._get_loop().create_future())
    await self._waiters[0]
    return True


asyncio.Event.wait = wait


def new_event_loop():
    return asyncio.SelectorEventLoop()
