"""TRANSPORT-CLOSE-1: after close(), is_closing() is true at once, the data written still reaches
the peer, then EOF, and connection_lost(None) is called once, later: not inside close().
The mistake: close() with nothing left in the buffer calls connection_lost() at once, inside
close(), instead of queueing it with call_soon (with data buffered it waits for the flush, as
asyncio's does).
"""

from seeded_bugs import _network


class Transport(_network.Transport):

    def close(self):
        # _SelectorTransport.close of CPython 3.11, connection_lost called inline
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop._remove_writer(self._sock_fd)
            self._call_connection_lost(None)  # the mistake: asyncio's loop.call_soon(...)


def new_event_loop():
    return _network.transport_loop(Transport)()
