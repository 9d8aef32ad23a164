"""LOOP-CLOSE-3: close() must discard the callbacks still pending.
The mistake: close() first calls the callbacks still in the ready queue, as a "graceful" shutdown,
instead of dropping them (what those schedule is dropped).
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def close(self):
        if not self.is_running() and not self.is_closed():
            for _ in range(len(self._ready)):  # the mistake: run, not discarded
                handle = self._ready.popleft()
                if not handle._cancelled:
                    handle._run()
        super().close()


def new_event_loop():
    return Loop()
