"""QUEUE-JOIN-1: join() waits until every item put has been marked done.
Broken: Queue.join (patched when this module is imported) waits for the queue to be empty instead
of for the count of unfinished tasks to reach zero, so it returns while taken items are still being
processed.
"""

import asyncio


async def join(self):
    while not self.empty():  # bug: "if self._unfinished_tasks > 0: await self._finished.wait()"
        await asyncio.sleep(0)


asyncio.Queue.join = join


def new_event_loop():
    return asyncio.SelectorEventLoop()
