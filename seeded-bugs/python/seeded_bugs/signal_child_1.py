"""SIGNAL-CHILD-1: SIGCHLD takes a handler like any catchable signal.
The mistake: the loop keeps SIGCHLD for its own child watcher and refuses a handler for it, with
uvloop 0.17's message.
"""

import asyncio
import signal


class Loop(asyncio.SelectorEventLoop):

    def add_signal_handler(self, sig, callback, *args):
        if sig == signal.SIGCHLD:  # the mistake: asyncio takes it
            raise RuntimeError('cannot add a signal handler for SIGCHLD: it is used by the event '
                               'loop to track subprocesses')
        super().add_signal_handler(sig, callback, *args)


def new_event_loop():
    return Loop()
