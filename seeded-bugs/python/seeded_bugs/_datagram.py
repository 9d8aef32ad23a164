"""A selector loop whose datagram endpoints get transports of a given subclass of asyncio's
_SelectorDatagramTransport: the UDP-* seeded bugs override one method of it."""

import asyncio
from asyncio import selector_events


def datagram_loop(transport_class):
    """A loop class whose create_datagram_endpoint() makes transports of transport_class."""

    class Loop(asyncio.SelectorEventLoop):
        def _make_datagram_transport(self, sock, protocol, address=None, waiter=None, extra=None):
            return transport_class(self, sock, protocol, address, waiter, extra)

    return Loop


Transport = selector_events._SelectorDatagramTransport
