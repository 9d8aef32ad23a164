"""TRANSPORT-CLOSE-3: write_eof() half-closes: the peer gets the data written and then EOF, while
the transport is not closing and still receives; a later write() raises
RuntimeError("Cannot call write() after write_eof()").
The mistake: write_eof() is close(), which also flushes the buffer and sends EOF: the transport
is closing, receives no more, and a later write() is silently dropped.
"""

from seeded_bugs import _network


class Transport(_network.Transport):

    def write_eof(self):
        self.close()  # the mistake: asyncio's shuts the socket's write end only (SHUT_WR)


def new_event_loop():
    return _network.transport_loop(Transport)()
