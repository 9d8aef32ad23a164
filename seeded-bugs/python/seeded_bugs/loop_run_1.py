"""LOOP-RUN-1: run_forever() must run until stop() is called, not return because nothing is left to do.
The mistake: the loop stops itself after an iteration that leaves no callback ready and no timer
scheduled, as if idleness ended the run (a thread may still call call_soon_threadsafe()).
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def _run_once(self):
        super()._run_once()
        if not self._ready and not self._scheduled:
            self.stop()  # the mistake: "nothing left to do" is not a stop()


def new_event_loop():
    return Loop()
