"""LOOP-NEST-1: run_forever()/run_until_complete() called from inside the running loop must raise.
The mistake: the "already running" check only refuses a run from another thread (and a run while
another loop runs), so the loop lets itself be re-entered from its own callbacks.
"""

import asyncio
import threading
from asyncio import events


class Loop(asyncio.SelectorEventLoop):

    def _check_running(self):
        if self.is_running() and self._thread_id != threading.get_ident():  # the mistake
            raise RuntimeError('This event loop is already running')
        running = events._get_running_loop()
        if running is not None and running is not self:
            raise RuntimeError('Cannot run the event loop while another loop is running')


def new_event_loop():
    return Loop()
