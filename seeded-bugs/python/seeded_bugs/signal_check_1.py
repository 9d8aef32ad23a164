"""SIGNAL-CHECK-1: add_signal_handler() refuses a coroutine function.
The mistake: every callback is wrapped in a function of the loop's own (to log its calls, say)
before asyncio's add_signal_handler sees it, which hides a coroutine function from its check: the
handler is installed, and its coroutines would never be awaited.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def add_signal_handler(self, sig, callback, *args):
        def logged(*call_args):  # the mistake: asyncio checks the callback itself
            return callback(*call_args)
        super().add_signal_handler(sig, logged, *args)


def new_event_loop():
    return Loop()
