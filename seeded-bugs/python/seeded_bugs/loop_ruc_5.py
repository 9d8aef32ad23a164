"""LOOP-RUC-5: run_until_complete(x) must raise TypeError when x is neither a future, a coroutine nor
an awaitable. The mistake: such a value is taken as a result already computed and returned as it is
(as a promise library resolves a plain value).
"""

import asyncio
import inspect


class Loop(asyncio.SelectorEventLoop):

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        if not (asyncio.isfuture(future) or inspect.isawaitable(future)):
            return future  # the mistake: should raise TypeError
        return super().run_until_complete(future)


def new_event_loop():
    return Loop()
