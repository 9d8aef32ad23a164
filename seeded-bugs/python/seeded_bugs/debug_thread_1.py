"""DEBUG-THREAD-1: while the loop runs in debug mode, call_soon() from another thread raises
RuntimeError.
The mistake: call_soon() in debug mode checks its callback but not the calling thread (no
_check_thread()): from another thread it queues the callback, unsafely and without waking the loop.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            # the mistake: asyncio calls self._check_thread() first
            self._check_callback(callback, 'call_soon')
        handle = self._call_soon(callback, args, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        return handle


def new_event_loop():
    return Loop()
