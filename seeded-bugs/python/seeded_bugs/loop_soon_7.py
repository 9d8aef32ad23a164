"""LOOP-SOON-7: a callback that raises must go to the exception handler, and the loop must go on.
The mistake: the loop calls each callback itself instead of through Handle._run(), so nothing catches
what it raises: the exception escapes run_forever() and the rest of the batch waits.
"""

from seeded_bugs import _base


class Loop(_base.Loop):

    def _run_ready(self):
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._context.run(handle._callback, *handle._args)  # the mistake: no try/except


def new_event_loop():
    return Loop()
