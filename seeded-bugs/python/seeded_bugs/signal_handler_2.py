"""SIGNAL-HANDLER-2: a signal that comes before the loop runs calls its handler once it runs.
The mistake: run_forever() empties the loop's self-pipe before it starts, to drop wake-up bytes
left over from an earlier run, and with them the number of a signal that came while the loop was
not running.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def run_forever(self):
        try:
            while self._ssock.recv(4096):  # the mistake: asyncio reads them in _read_from_self
                pass
        except (BlockingIOError, InterruptedError):
            pass
        super().run_forever()


def new_event_loop():
    return Loop()
