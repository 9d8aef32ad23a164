"""LOOP-STOP-1: after stop(), the callbacks already queued in the same batch must still run before
run_forever() returns. The mistake: the loop checks the stop flag after every callback and ends the
batch as soon as it is set; the rest of the batch waits for the next run.
"""

from seeded_bugs import _base


class Loop(_base.Loop):

    def _run_ready(self):
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()
            if self._stopping:
                break  # the mistake: stop() ends the batch, not the iteration


def new_event_loop():
    return Loop()
