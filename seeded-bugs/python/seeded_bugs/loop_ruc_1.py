"""LOOP-RUC-1: run_until_complete() must return the future's result or the coroutine's return value.
The mistake: the last step fetches the result (so an exception is still raised) but forgets to
return it: run_until_complete() always returns None.
"""

from seeded_bugs import _base


class Loop(_base.Loop):

    def _outcome(self, future):
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        future.result()  # the mistake: no return


def new_event_loop():
    return Loop()
