"""LOOP-TIMER-3: a timer must not run before its deadline by more than the loop's clock resolution.
The mistake: the loop takes every timer due within the next millisecond (a fixed "timer granularity",
to save a wake-up) while it reports time.monotonic()'s resolution (1 ns) as its clock resolution.
"""

from seeded_bugs import _base


class Loop(_base.Loop):

    def _due_before(self):
        return self.time() + 0.001  # the mistake: should be + self._clock_resolution


def new_event_loop():
    return Loop()
