"""WATCH-READ-2: a second add_reader() for a socket replaces its reader.
The mistake: add_reader() on a socket that already has a reader keeps the first one and drops
the new callback (a "first registration wins" guard).
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def add_reader(self, fd, callback, *args):
        key = self._selector.get_map().get(self._selector._fileobj_lookup(fd)) if self._selector else None
        if key is not None and key.data[0] is not None:
            return  # the mistake: asyncio cancels the old handle and registers the new one
        super().add_reader(fd, callback, *args)


def new_event_loop():
    return Loop()
