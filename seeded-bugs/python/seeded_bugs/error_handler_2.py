"""ERROR-HANDLER-2: get_exception_handler gives the handler set, None for the default.
The mistake: the loop keeps a wrapper of the handler, which get_exception_handler() returns in its
place (quamash 0.6.1 gets it wrong another way: it gives None).
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def set_exception_handler(self, handler):
        if handler is not None and callable(handler):
            def wrapper(loop, context):  # the mistake: get_exception_handler() returns this
                return handler(loop, context)
            handler = wrapper
        super().set_exception_handler(handler)


def new_event_loop():
    return Loop()
