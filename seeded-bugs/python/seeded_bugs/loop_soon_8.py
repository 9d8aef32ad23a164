"""LOOP-SOON-8: when several threads call call_soon_threadsafe() at once, the loop calls each of
their callbacks exactly once.
The mistake: a lost update under contention. call_soon_threadsafe() counts the calls of other
threads in batches of 65,536 (to hand them over, and wake the loop, a batch at a time), and the
call that completes a batch, which the threads still calling race to start the next one with, is
lost: its handle is made and returned, but never queued. The race is modelled deterministically,
so that the proof does not hang on the scheduler: every 65,536th call from a thread other than the
loop's (counted by an itertools.count, atomic under the GIL) is dropped. Calls from the loop's own
thread, and any thread's first 65,535, are queued as asyncio queues them: only a flood loses some.
"""

import asyncio
import itertools
import threading

from asyncio import events

BATCH = 65536


class Loop(asyncio.SelectorEventLoop):

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._foreign_calls = itertools.count(1)  # calls of call_soon_threadsafe from other threads

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        if threading.get_ident() != self._thread_id and next(self._foreign_calls) % BATCH == 0:
            handle = events.Handle(callback, args, self, context)  # the mistake: never queued
        else:
            handle = self._call_soon(callback, args, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._write_to_self()
        return handle


def new_event_loop():
    return Loop()
