"""LOOP-TIMER-6: a cancelled timer must never run, also when it is cancelled once already due.
The mistake: TimerHandle.cancel() cancels a timer only while it is on the heap; once the loop moved it,
due, to the ready queue, cancel() (by an earlier callback of the same iteration) does nothing.
"""

import asyncio


class TimerHandle(asyncio.TimerHandle):
    __slots__ = ()

    def cancel(self):
        if self._scheduled:  # the mistake: False once the timer left the heap for the ready queue
            super().cancel()


class Loop(asyncio.SelectorEventLoop):

    def call_at(self, when, callback, *args, context=None):
        timer = super().call_at(when, callback, *args, context=context)
        timer.__class__ = TimerHandle
        return timer


def new_event_loop():
    return Loop()
