"""RESOURCE-SIGNAL-1: once its loops are closed, the process catches no signal a loop began to
catch for a program.
The mistake: close() does everything asyncio's does but remove the signal handlers: it forgets
them (clears its table) instead of calling remove_signal_handler() for each, so each signal keeps
the loop's Python-level handler, and the process keeps catching it.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def close(self):
        if not self.is_running() and not self.is_closed():
            self._signal_handlers.clear()  # the mistake: asyncio calls remove_signal_handler(sig)
        super().close()


def new_event_loop():
    return Loop()
