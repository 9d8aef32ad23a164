"""RUNNER-LOOP-1 (3.11+): a runner's runs share one loop, made on first use.
Broken: asyncio.Runner._lazy_init (CPython 3.11's, the same in 3.12 and 3.13, patched when this
module is imported) has no "already initialized" return: every get_loop() and run() makes the
runner a new loop (the one before is dropped, open), so the loop get_loop() returned is not the
one the next run() runs in, and each run() runs in a loop of its own.
"""

import asyncio
import contextvars
from asyncio import events, runners
from asyncio.runners import _State


def _lazy_init(self):
    if self._state is _State.CLOSED:
        raise RuntimeError("Runner is closed")
    # bug: no "if self._state is _State.INITIALIZED: return"
    if self._loop_factory is None:
        self._loop = events.new_event_loop()
        if not self._set_event_loop:
            # Call set_event_loop only once to avoid calling
            # attach_loop multiple times on child watchers
            events.set_event_loop(self._loop)
            self._set_event_loop = True
    else:
        self._loop = self._loop_factory()
    if self._debug is not None:
        self._loop.set_debug(self._debug)
    self._context = contextvars.copy_context()
    self._state = _State.INITIALIZED


runners.Runner._lazy_init = _lazy_init


def new_event_loop():
    return asyncio.SelectorEventLoop()
