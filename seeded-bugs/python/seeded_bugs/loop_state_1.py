"""LOOP-STATE-1: loop.is_running() must tell whether this loop runs.
The mistake: is_running() asks whether a loop runs in the current thread (asyncio's running loop is
not None) instead of whether that loop is this one, so a loop that never ran says True inside another.
"""

import asyncio
from asyncio import events


class Loop(asyncio.SelectorEventLoop):

    def is_running(self):
        return events._get_running_loop() is not None  # the mistake: should be "is self"


def new_event_loop():
    return Loop()
