"""LOOP-NEST-2: running a second loop while a loop runs in the same thread must raise RuntimeError.
The mistake: the check before a run only asks whether this loop is already running, and forgets
another loop running in the same thread.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        # the mistake: no "if events._get_running_loop() is not None: raise RuntimeError(...)"


def new_event_loop():
    return Loop()
