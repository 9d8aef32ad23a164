"""LOOP-CLOSE-2: close() on a running loop must raise RuntimeError('Cannot close a running event loop').
The mistake: close() from inside a run is accepted: it only marks the loop closed (as if the rest
could be done when the run ends), so the loop says it is closed while it still runs.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def close(self):
        if self.is_running():
            self._closed = True  # the mistake: should raise RuntimeError
            return
        super().close()


def new_event_loop():
    return Loop()
