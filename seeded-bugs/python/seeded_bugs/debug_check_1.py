"""DEBUG-CHECK-1: in debug mode call_soon, call_later, call_at, call_soon_threadsafe and
run_in_executor refuse a coroutine function.
The mistake: call_soon_threadsafe() queues with _call_soon() and wakes the loop, but has no debug
check of its own (call_soon's check is in call_soon, not in _call_soon): in debug mode it accepts a
coroutine function.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        # the mistake: asyncio's "if self._debug: self._check_callback(callback, 'call_soon_threadsafe')"
        handle = self._call_soon(callback, args, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._write_to_self()
        return handle


def new_event_loop():
    return Loop()
