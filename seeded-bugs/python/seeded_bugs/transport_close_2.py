"""TRANSPORT-CLOSE-2: after abort(), is_closing() is true at once, and connection_lost(None) is
called once, later: not inside abort().
The mistake: abort(), closing "immediately", drops the buffer and calls connection_lost() at once,
inside abort(), instead of queueing it with call_soon.
"""

from seeded_bugs import _network


class Transport(_network.Transport):

    def abort(self):
        # _SelectorTransport._force_close(None) of CPython 3.11, connection_lost called inline
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop._remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._call_connection_lost(None)  # the mistake: asyncio's loop.call_soon(...)


def new_event_loop():
    return _network.transport_loop(Transport)()
