"""LOOP-RUC-4: run_until_complete(future) must return the result of a future, also one already done.
The mistake: a fast path for a future that is already done returns at once, but forgets its result
(it returns None).
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        if asyncio.isfuture(future) and future.done():
            return None  # the mistake: should be future.result()
        return super().run_until_complete(future)


def new_event_loop():
    return Loop()
