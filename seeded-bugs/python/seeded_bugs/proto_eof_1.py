"""PROTO-EOF-1: when eof_received() returns a true value, the transport stays open (not closing):
the protocol can still write, and the peer receives it, until the protocol closes the transport.
The mistake: on the peer's EOF the transport calls eof_received() and then closes itself whatever
it returns, as if the value were only advice: a protocol that returned True finds its transport
closing, and what it writes afterwards never reaches the peer.
"""

from asyncio import selector_events

from seeded_bugs import _network


class Transport(_network.Transport):

    def _read_ready__on_eof(self):
        # _SelectorSocketTransport._read_ready__on_eof of CPython 3.11, the return value ignored
        if self._loop.get_debug():
            selector_events.logger.debug("%r received EOF", self)

        try:
            self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(
                exc, 'Fatal error: protocol.eof_received() call failed.')
            return

        # the mistake: asyncio's closes only when eof_received() returned a false value, and
        # otherwise just removes the socket's reader
        self.close()


def new_event_loop():
    return _network.transport_loop(Transport)()
