"""WATCH-WRITE-1: a writer runs on every iteration while its socket can be written, until it is
removed.
The mistake: add_writer() is a one-shot: the writer's registration is dropped just before it
runs, so it runs once per add_writer() while the socket stays writable.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def add_writer(self, fd, callback, *args):
        def once(*call_args):
            self._remove_writer(fd)  # the mistake: a level-triggered writer stays registered
            callback(*call_args)
        super().add_writer(fd, once, *args)


def new_event_loop():
    return Loop()
