"""LOOP-TIMER-8: call_later and call_at accept a delay or a deadline that is an int or a float.
The mistake: timers are handed to a millisecond timer API that takes an int (as quamash 0.6.1 hands
delay * 1000 to Qt's startTimer), so a delay that is not a whole number of milliseconds raises
TypeError; call_at() goes through call_later().
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def call_later(self, delay, callback, *args, context=None):
        milliseconds = delay * 1000
        if not isinstance(milliseconds, int):  # the mistake: 0.0015 s is 1.5 ms, not an int
            raise TypeError("start_timer(interval: int): argument 1 has unexpected type %r"
                            % type(milliseconds).__name__)
        return super().call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        return self.call_later(when - self.time(), callback, *args, context=context)


def new_event_loop():
    return Loop()
