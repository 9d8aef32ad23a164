"""LOOP-SOON-2: each call_soon() must lead to its own call, also when the same call is already queued.
The mistake: call_soon() coalesces a registration identical to one still queued (same callback, same
arguments) into it, as one might do to save duplicate wake-ups.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def _call_soon(self, callback, args, context):
        for queued in self._ready:
            if not queued._cancelled and queued._callback == callback and queued._args == args:
                return queued  # the mistake: the second registration is dropped
        return super()._call_soon(callback, args, context)


def new_event_loop():
    return Loop()
