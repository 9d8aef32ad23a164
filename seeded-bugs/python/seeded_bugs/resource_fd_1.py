"""RESOURCE-FD-1: a closed loop leaves none of the file descriptors it opened (its selector, its
self-pipe, its sockets) open.
The mistake: close() does everything asyncio's does (closes the self-pipe, clears the queues,
shuts the default executor down, removes the signal handlers) but forgets the selector's close():
its epoll (kqueue, ...) fd stays open. The selector is kept in _LEFT_OPEN, as a loop that still
held it would, so that garbage collection does not close it either: a real leak, one per loop.
"""

import asyncio

_LEFT_OPEN = []


def _not_closed():
    pass


class Loop(asyncio.SelectorEventLoop):

    def close(self):
        if not self.is_running() and not self.is_closed() and self._selector is not None:
            _LEFT_OPEN.append(self._selector)
            # the mistake: asyncio's close() ends with self._selector.close()
            self._selector.close = _not_closed
        super().close()


def new_event_loop():
    return Loop()
