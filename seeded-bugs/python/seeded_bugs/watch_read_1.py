"""WATCH-READ-1: a reader runs on every iteration while its socket has unread data, until it is
removed.
The mistake: add_reader() is edge-triggered, a one-shot: the reader's registration is dropped
just before it runs (as in a loop built on one-shot notifications that forgets to re-arm), so it
runs once per add_reader(), however long the data waits unread.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def add_reader(self, fd, callback, *args):
        def once(*call_args):
            self._remove_reader(fd)  # the mistake: a level-triggered reader stays registered
            callback(*call_args)
        super().add_reader(fd, once, *args)


def new_event_loop():
    return Loop()
