"""UNIX-SERVER-1: a Unix connection's peername is the server's path, its sockname ''.
Broken: the transport's get_extra_info gives a Unix socket's own name for 'peername' (and the
peer's for 'sockname'), as a transport that swapped the two when it read them.
"""

import socket

from seeded_bugs._network import Transport, transport_loop


class SwappedNames(Transport):
    def get_extra_info(self, name, default=None):
        if self._sock.family == socket.AF_UNIX and name in ("peername", "sockname"):
            name = "sockname" if name == "peername" else "peername"  # bug: swapped
        return super().get_extra_info(name, default)


def new_event_loop():
    return transport_loop(SwappedNames)()
