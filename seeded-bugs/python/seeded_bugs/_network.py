"""What the network seeded bugs share: CPython 3.11's selector loop with its TCP transport, or
its server, replaced by a subclass of its own.

A bug subclasses Transport (asyncio's _SelectorSocketTransport, the transport of every TCP
connection of the selector loop, made and accepted alike) or Server (asyncio's Server) and
overrides one method; transport_loop() and server_loop() make the loop that uses it. The loops of
these two functions with the classes themselves are asyncio.SelectorEventLoop, unchanged.
"""

import asyncio
from asyncio import base_events, selector_events

Transport = selector_events._SelectorSocketTransport
Server = base_events.Server


def transport_loop(transport_class):
    """A selector loop whose TCP connections get transports of transport_class."""

    class Loop(asyncio.SelectorEventLoop):

        def _make_socket_transport(self, sock, protocol, waiter=None, *, extra=None, server=None):
            return transport_class(self, sock, protocol, waiter, extra, server)

    return Loop


def server_loop(server_class):
    """A selector loop whose create_server() returns a server of server_class.

    The server is made (and started, with start_serving=True) by asyncio's create_server, then
    given its class: server_class must add no state of its own to __init__.
    """

    class Loop(asyncio.SelectorEventLoop):

        async def create_server(self, *args, **kwargs):
            server = await super().create_server(*args, **kwargs)
            server.__class__ = server_class
            return server

    return Loop
