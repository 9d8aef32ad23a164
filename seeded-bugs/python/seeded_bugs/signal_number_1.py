"""SIGNAL-NUMBER-1: an invalid signal number raises ValueError('invalid signal number N').
The mistake: the loop checks that the number is an int and leaves the range to the signal module,
whose ValueError reads "signal number out of range" (uvloop's reads "sig N out of range(1, 65)").
"""

import asyncio
import signal


class Loop(asyncio.SelectorEventLoop):

    def _check_signal(self, sig):
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if not 1 <= sig < signal.NSIG:  # the mistake: asyncio's message names the number
            raise ValueError('signal number out of range')


def new_event_loop():
    return Loop()
