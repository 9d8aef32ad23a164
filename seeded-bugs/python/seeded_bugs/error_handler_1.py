"""ERROR-HANDLER-1: a callback's exception goes to the handler, with the loop and a context; the
loop goes on.
The mistake: the loop leaves the handle out of the context it reports, so that the handler cannot
tell which callback raised.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def call_exception_handler(self, context):
        context = {key: value for key, value in context.items() if key != "handle"}  # the mistake
        super().call_exception_handler(context)


def new_event_loop():
    return Loop()
