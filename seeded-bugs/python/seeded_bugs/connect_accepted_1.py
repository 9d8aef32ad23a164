"""CONNECT-ACCEPTED-1: connect_accepted_socket gives (transport, protocol) once connection_made has
been called.
Broken: the loop's connect_accepted_socket returns the pair at once, before the transport has
called the protocol's connection_made.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):
    async def connect_accepted_socket(self, protocol_factory, sock, **kwds):
        sock.setblocking(False)
        protocol = protocol_factory()
        transport = self._make_socket_transport(sock, protocol)
        return transport, protocol  # bug: connection_made is still to come


def new_event_loop():
    return Loop()
