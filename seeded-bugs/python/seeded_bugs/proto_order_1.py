"""PROTO-ORDER-1: connection_made first, data_received, eof_received at most once, connection_lost
last and once; create_connection() returns only once connection_made has been called.
The mistake: the transport resolves the waiter of create_connection() (and of the server's accept)
as soon as it is made, not in a callback queued after connection_made(): create_connection()
returns before the protocol's connection_made() has been called.
"""

from asyncio import base_events, futures, selector_events

from seeded_bugs import _network


class Transport(_network.Transport):

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        # _SelectorSocketTransport.__init__ of CPython 3.11, the waiter resolved at once
        self._read_ready_cb = None
        selector_events._SelectorTransport.__init__(self, loop, sock, protocol, extra, server)
        self._eof = False
        self._paused = False
        self._empty_waiter = None
        base_events._set_nodelay(self._sock)
        if waiter is not None:
            # the mistake: asyncio queues this after connection_made with call_soon
            futures._set_result_unless_cancelled(waiter, None)
        self._loop.call_soon(self._protocol.connection_made, self)
        self._loop.call_soon(self._add_reader, self._sock_fd, self._read_ready)


def new_event_loop():
    return _network.transport_loop(Transport)()
