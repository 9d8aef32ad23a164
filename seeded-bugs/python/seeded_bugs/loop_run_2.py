"""LOOP-RUN-2: while it runs, the loop is its thread's running loop.
The mistake: run_forever() (CPython 3.11's, otherwise unchanged) never registers the loop as the
thread's running loop (as quamash 0.6.1 does), so asyncio.current_task() and asyncio.sleep()
called from its callbacks and coroutines raise RuntimeError('no running event loop').
"""

import asyncio
import sys
import threading

from seeded_bugs import _base


class Loop(_base.Loop):

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._set_coroutine_origin_tracking(self._debug)
        old_agen_hooks = sys.get_asyncgen_hooks()
        try:
            self._thread_id = threading.get_ident()
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)
            # the mistake: no events._set_running_loop(self) here (and none to undo below)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            self._set_coroutine_origin_tracking(False)
            sys.set_asyncgen_hooks(*old_agen_hooks)


def new_event_loop():
    return Loop()
