"""LOOP-SOON-4: a handle cancelled before its callback runs must never run, even when cancelled by an
earlier callback of the same batch. The mistake: the loop takes the batch, as the calls to make, at the
start of the iteration and leaves out the cancelled handles then; a later cancel() comes too late.
"""

import asyncio

from seeded_bugs import _base


class Loop(_base.Loop):

    def _run_ready(self):
        batch = [asyncio.Handle(handle._callback, handle._args, self, handle._context)
                 for handle in self._ready if not handle._cancelled]  # the mistake
        self._ready.clear()
        for handle in batch:
            handle._run()


def new_event_loop():
    return Loop()
