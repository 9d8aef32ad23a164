"""QUEUE-ORDER-2: a PriorityQueue gives its smallest item first.
Broken: PriorityQueue._put and _get (patched when this module is imported) forget the heap: items
go to the end of the list and come out from its front, in the order they were put.
"""

import asyncio


def _put(self, item):
    self._queue.append(item)  # bug: heappush


def _get(self):
    return self._queue.pop(0)  # bug: heappop


asyncio.PriorityQueue._put = _put
asyncio.PriorityQueue._get = _get


def new_event_loop():
    return asyncio.SelectorEventLoop()
