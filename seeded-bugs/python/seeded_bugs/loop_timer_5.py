"""LOOP-TIMER-5: TimerHandle.when() must be the deadline asked for, within the loop's clock resolution.
The mistake: call_at() keeps deadlines in whole milliseconds (as libuv does), while the loop reports
time.monotonic()'s resolution (1 ns) as its clock resolution.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def call_at(self, when, callback, *args, context=None):
        if when is not None:
            when = round(when, 3)  # the mistake: rounded far beyond the clock resolution
        return super().call_at(when, callback, *args, context=context)


def new_event_loop():
    return Loop()
