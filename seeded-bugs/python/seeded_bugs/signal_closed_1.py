"""SIGNAL-CLOSED-1: add_signal_handler() on a closed loop raises RuntimeError('Event loop is
closed').
The mistake: on a closed loop add_signal_handler() returns without a word and installs nothing (as
gbulb 0.6.3's does).
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def add_signal_handler(self, sig, callback, *args):
        if self.is_closed():
            return  # the mistake: asyncio calls _check_closed()
        super().add_signal_handler(sig, callback, *args)


def new_event_loop():
    return Loop()
