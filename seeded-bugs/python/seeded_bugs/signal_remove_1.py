"""SIGNAL-REMOVE-1: remove_signal_handler() returns True when the loop had a handler for the
signal, running or not.
The mistake: the handler is removed, but the result says whether it was in use by a running loop:
a handler added and removed while the loop is not running reports False (uvloop 0.17 does the
same, for it installs handlers only when it runs).
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def remove_signal_handler(self, sig):
        removed = super().remove_signal_handler(sig)
        return removed and self.is_running()  # the mistake: asyncio returns removed


def new_event_loop():
    return Loop()
