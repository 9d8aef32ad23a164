"""WATCH-CLOSED-1: add_reader() and add_writer() on a closed loop raise RuntimeError('Event loop
is closed').
The mistake: on a closed loop they return without a word and watch nothing (as gbulb 0.6.3's do),
instead of checking that the loop is open first.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def add_reader(self, fd, callback, *args):
        if self.is_closed():
            return  # the mistake: asyncio's _add_reader calls _check_closed()
        super().add_reader(fd, callback, *args)

    def add_writer(self, fd, callback, *args):
        if self.is_closed():
            return  # the mistake: asyncio's _add_writer calls _check_closed()
        super().add_writer(fd, callback, *args)


def new_event_loop():
    return Loop()
