"""LOOP-SOON-3: a callback scheduled by a running callback must wait for the next iteration.
The mistake: an iteration runs the ready queue until it is empty, so what a callback schedules runs in
the same iteration (and a callback that always reschedules itself never lets the iteration end).
"""

from seeded_bugs import _base


class Loop(_base.Loop):

    def _run_ready(self):
        while self._ready:  # the mistake: not only the len(self._ready) callbacks queued at the start
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()


def new_event_loop():
    return Loop()
