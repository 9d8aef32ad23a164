"""QUEUE-ORDER-1: an asyncio.Queue gives its items in the order they were put.
Broken: Queue._get (patched when this module is imported) takes the item from the wrong end of the
deque, so a plain Queue is last in, first out (PriorityQueue and LifoQueue have their own _get).
"""

import asyncio


def _get(self):
    return self._queue.pop()  # bug: popleft() is FIFO


asyncio.Queue._get = _get


def new_event_loop():
    return asyncio.SelectorEventLoop()
