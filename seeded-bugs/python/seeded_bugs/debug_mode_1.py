"""DEBUG-MODE-1: a new loop's get_debug() is false, and then gives what set_debug() set.
The mistake: get_debug() gives the default of debug mode (PYTHONASYNCIODEBUG, or Python's
development mode), read anew at each call, as the documentation of its default value may suggest,
not the loop's own flag: set_debug() does turn the loop's checks on and off, but get_debug() keeps
giving False where the environment does not ask for debug mode.
"""

import asyncio

from asyncio import coroutines


class Loop(asyncio.SelectorEventLoop):

    def get_debug(self):
        return coroutines._is_debug_mode()  # the mistake: asyncio's self._debug


def new_event_loop():
    return Loop()
