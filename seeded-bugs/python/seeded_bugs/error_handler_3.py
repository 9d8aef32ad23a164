"""ERROR-HANDLER-3: set_exception_handler refuses what cannot be called.
The mistake: the loop stores any value as its handler, as quamash 0.6.1 does; the error shows only
when the loop next reports one.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def set_exception_handler(self, handler):
        self._exception_handler = handler  # the mistake: no callable() check


def new_event_loop():
    return Loop()
