"""EXECUTOR-DEFAULT-2: set_default_executor refuses anything but a ThreadPoolExecutor.
The mistake: the loop takes any object as its default executor, as uvloop 0.17 does (and asyncio
did before 3.11, with a DeprecationWarning): None, a ProcessPoolExecutor, anything.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def set_default_executor(self, executor):
        self._default_executor = executor  # the mistake: no isinstance check


def new_event_loop():
    return Loop()
