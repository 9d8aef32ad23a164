"""LOOP-CLOSE-4: run_forever() on a closed loop must raise RuntimeError('Event loop is closed').
The mistake: run_forever() on a closed loop returns at once, as if a closed loop simply had nothing
left to run.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def run_forever(self):
        if self.is_closed():
            return  # the mistake: should raise RuntimeError('Event loop is closed')
        super().run_forever()


def new_event_loop():
    return Loop()
