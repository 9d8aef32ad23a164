"""LOOP-SOON-5: call_soon() on a closed loop must raise RuntimeError('Event loop is closed').
The mistake: call_soon() forgets the closed check that call_later, call_at and call_soon_threadsafe
make, and queues the callback on the closed loop.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def call_soon(self, callback, *args, context=None):
        return self._call_soon(callback, args, context)  # the mistake: no self._check_closed()


def new_event_loop():
    return Loop()
