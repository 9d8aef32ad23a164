"""LOOP-TIMER-4: loop.time() must never decrease.
The mistake: the loop clock counts from the start of the current run (its origin is reset each time
run_forever() starts), so it jumps back when the loop is run again.
"""

import asyncio
import time


class Loop(asyncio.SelectorEventLoop):

    def __init__(self):
        self._origin = time.monotonic()
        super().__init__()

    def time(self):
        return time.monotonic() - self._origin

    def run_forever(self):
        self._origin = time.monotonic()  # the mistake: a new origin for every run
        super().run_forever()


def new_event_loop():
    return Loop()
