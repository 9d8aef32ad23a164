"""LOOP-STOP-2: callbacks scheduled by the batch that called stop() must wait for the next run.
The mistake (uvloop's): stop() is itself queued as a callback, so one more iteration runs before
run_forever() returns, and it calls the callbacks that the stopping batch scheduled.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def stop(self):
        self.call_soon(super().stop)  # the mistake: the stop flag is set one iteration later


def new_event_loop():
    return Loop()
