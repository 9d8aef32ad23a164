"""LOOP-STOP-3: a stop() made before run_forever() must let the next run call the callbacks already
scheduled, once. The mistake: run_forever() tests the stop flag before its first iteration (a loop
"while not stopping: run_once()"), so it returns at once and calls nothing.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def run_forever(self):
        self._check_closed()
        self._check_running()
        if self._stopping:  # the mistake: tested before the first iteration instead of after it
            self._stopping = False
            return
        super().run_forever()


def new_event_loop():
    return Loop()
