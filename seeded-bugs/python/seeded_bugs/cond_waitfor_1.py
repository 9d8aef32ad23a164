"""COND-WAITFOR-1: wait_for(predicate) waits until the predicate is true and returns its value.
Broken: Condition.wait_for (CPython 3.11's, patched when this module is imported) waits at most
once: an "if" where a "while" belongs, so after the first wake-up it returns the predicate's value
even when it is still false.
"""

import asyncio


async def wait_for(self, predicate):
    result = predicate()
    if not result:  # bug: "while not result"
        await self.wait()
        result = predicate()
    return result


asyncio.Condition.wait_for = wait_for


def new_event_loop():
    return asyncio.SelectorEventLoop()
