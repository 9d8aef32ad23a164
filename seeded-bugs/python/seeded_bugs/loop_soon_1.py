"""LOOP-SOON-1: call_soon_threadsafe() called from the loop's own thread must keep its place in FIFO order.
The mistake: call_soon_threadsafe() puts callbacks in a separate inbox, handed to the loop through
its self-pipe, so they run after every call_soon callback queued meanwhile.
"""

import asyncio
import collections


class Loop(asyncio.SelectorEventLoop):

    def __init__(self):
        super().__init__()
        self._inbox = collections.deque()

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        handle = asyncio.Handle(callback, args, self, context)
        self._inbox.append(handle)  # the mistake: not the ready queue that call_soon uses
        self._write_to_self()
        return handle

    def _process_self_data(self, data):
        super()._process_self_data(data)
        while self._inbox:
            self._ready.append(self._inbox.popleft())


def new_event_loop():
    return Loop()
