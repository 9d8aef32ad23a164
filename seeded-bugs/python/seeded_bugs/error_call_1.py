"""ERROR-CALL-1: call_exception_handler passes the context on to the handler.
The mistake: the loop passes on only the keys it knows ('message', 'exception', 'handle' and its
other documented ones), dropping a caller's own keys.
"""

import asyncio

KNOWN = ("message", "exception", "future", "task", "handle", "protocol", "transport", "socket",
         "asyncgen")


class Loop(asyncio.SelectorEventLoop):

    def call_exception_handler(self, context):
        context = {key: context[key] for key in KNOWN if key in context}  # the mistake
        super().call_exception_handler(context)


def new_event_loop():
    return Loop()
