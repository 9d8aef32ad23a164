"""LOOP-TIMER-1: timers must run in deadline order, also timers whose deadlines have already passed.
The mistake: a shortcut in call_at() puts a timer already due straight on the ready queue, as
call_soon() does, so due timers run in the order they were scheduled, not in deadline order.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def call_at(self, when, callback, *args, context=None):
        if when is not None and when <= self.time():
            self._check_closed()
            timer = asyncio.TimerHandle(when, callback, args, self, context)
            self._ready.append(timer)  # the mistake: due already, so "no need for the heap"
            return timer
        return super().call_at(when, callback, *args, context=context)


def new_event_loop():
    return Loop()
