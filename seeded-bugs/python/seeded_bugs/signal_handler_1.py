"""SIGNAL-HANDLER-1: a signal calls its handler later, from the loop, never inside the code that
raised it.
The mistake: add_signal_handler() installs the callback as a plain Python signal handler
(signal.signal), which Python calls as soon as the signal arrives, at the next bytecode of the
main thread, instead of asking the loop to call it (asyncio's handler only makes Python write the
signal's number to the loop's self-pipe).
"""

import asyncio
import signal


class Loop(asyncio.SelectorEventLoop):

    def add_signal_handler(self, sig, callback, *args):
        super().add_signal_handler(sig, callback, *args)
        # the mistake: asyncio keeps _sighandler_noop here and calls the callback from the loop
        signal.signal(sig, lambda signum, frame: callback(*args))


def new_event_loop():
    return Loop()
