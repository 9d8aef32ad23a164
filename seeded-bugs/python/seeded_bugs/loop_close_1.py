"""LOOP-CLOSE-1: close() on a closed loop must do nothing.
The mistake: close() starts with the closed check that the loop's other methods make, so a second
close() raises RuntimeError('Event loop is closed').
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def close(self):
        self._check_closed()  # the mistake: close() is idempotent
        super().close()


def new_event_loop():
    return Loop()
