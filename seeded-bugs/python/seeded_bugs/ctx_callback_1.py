"""CTX-CALLBACK-1: a callback scheduled without context= runs in a copy of the context current when it was scheduled.
Broken: the loop's handles made without context= take no copy of the context (no
contextvars.copy_context() when they are made): call_soon, call_soon_threadsafe, call_later and
call_at callbacks are called in whatever context is current when the loop runs them (the one
run_forever was called in), so they miss the values set before scheduling, and what they set
leaks into the caller of run_until_complete.
"""

import asyncio


class _Current:
    """Stands for "the context current when the callback runs": Handle._run calls
    self._context.run(callback, *args), which is then a plain call."""

    @staticmethod
    def run(callback, *args):
        return callback(*args)


_CURRENT = _Current()


class EventLoop(asyncio.SelectorEventLoop):
    def _call_soon(self, callback, args, context):  # call_soon and call_soon_threadsafe
        # bug: Handle() copies the context only when given None; it is given "no context" instead
        return super()._call_soon(callback, args, _CURRENT if context is None else context)

    def call_at(self, when, callback, *args, context=None):  # call_later too
        return super().call_at(when, callback, *args,
                               context=_CURRENT if context is None else context)  # bug: as above


def new_event_loop():
    return EventLoop()
