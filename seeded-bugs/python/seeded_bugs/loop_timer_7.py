"""LOOP-TIMER-7: a timer with a zero, negative or past deadline must not be called inside call_later/call_at.
The mistake: call_at() (and so call_later()) runs a callback whose deadline is already reached at once,
as a "fast path", instead of queueing it for a later iteration.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def call_at(self, when, callback, *args, context=None):
        if when is not None and when <= self.time():
            self._check_closed()
            timer = asyncio.TimerHandle(when, callback, args, self, context)
            timer._run()  # the mistake: called inline, inside call_at()
            return timer
        return super().call_at(when, callback, *args, context=context)


def new_event_loop():
    return Loop()
