"""CTX-CALLBACK-2: a callback scheduled with context=ctx runs in ctx itself.
Broken: call_later (CPython 3.11's, in a subclass of the selector loop) does not pass context= on
to call_at: the timer's handle copies the context current at scheduling and runs the callback in
that copy, so it does not see ctx's values and what it sets never reaches ctx (call_soon, and
call_at called directly, are right).
"""

import asyncio


class EventLoop(asyncio.SelectorEventLoop):
    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args)  # bug: no context=context
        if timer._source_traceback:
            del timer._source_traceback[-1]
        return timer


def new_event_loop():
    return EventLoop()
