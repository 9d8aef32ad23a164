"""WATCH-REMOVE-1: removing the writer of a socket leaves its reader (and the other way round).
The mistake: remove_writer() unregisters the socket from the selector altogether, reader and
all, instead of clearing its write interest only; it still returns whether there was a writer.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def remove_writer(self, fd):
        had_writer = super().remove_writer(fd)
        self._remove_reader(fd)  # the mistake: asyncio modifies the key to keep EVENT_READ
        return had_writer


def new_event_loop():
    return Loop()
