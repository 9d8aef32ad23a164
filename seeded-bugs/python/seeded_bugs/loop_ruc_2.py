"""LOOP-RUC-2: run_until_complete() must raise the exception of the future or coroutine, unchanged.
The mistake: the last step reads the future's result slot (future._result) instead of calling
result(), so a failed future makes run_until_complete() return None instead of raising.
"""

from seeded_bugs import _base


class Loop(_base.Loop):

    def _outcome(self, future):
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future._result  # the mistake: result() would raise the exception


def new_event_loop():
    return Loop()
