"""LOOP-RUC-6: run_until_complete() must raise RuntimeError('Event loop stopped before Future
completed.') when the loop stops first. The mistake: the last step asks the future for its result
without checking that it is done, so the error is the future's InvalidStateError instead.
"""

from seeded_bugs import _base


class Loop(_base.Loop):

    def _outcome(self, future):
        return future.result()  # the mistake: no "if not future.done(): raise RuntimeError(...)"


def new_event_loop():
    return Loop()
