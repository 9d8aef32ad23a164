"""ERROR-CALL-2: a handler that raises does not stop the loop.
The mistake: the loop calls a custom handler without guarding it, so that its exception leaves
call_exception_handler and, for a callback's exception, run_forever.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            return super().call_exception_handler(context)
        self._exception_handler(self, context)  # the mistake: asyncio logs what this raises


def new_event_loop():
    return Loop()
