"""LOOP-SOON-6: call_soon_threadsafe() from another thread must wake a loop that waits with nothing to do.
The mistake: call_soon_threadsafe() queues the callback like call_soon() but does not write to the
self-pipe, so a loop blocked in select() sleeps on until some unrelated event or timeout.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        return self._call_soon(callback, args, context)  # the mistake: no self._write_to_self()


def new_event_loop():
    return Loop()
