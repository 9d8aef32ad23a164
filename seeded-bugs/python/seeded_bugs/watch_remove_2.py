"""WATCH-REMOVE-2: remove_reader() and remove_writer() return whether the socket was watched.
The mistake: both remove the callback but return None (their result is dropped, as uvloop 0.17's
do).
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def remove_reader(self, fd):
        super().remove_reader(fd)  # the mistake: asyncio returns its bool

    def remove_writer(self, fd):
        super().remove_writer(fd)  # the mistake: asyncio returns its bool


def new_event_loop():
    return Loop()
