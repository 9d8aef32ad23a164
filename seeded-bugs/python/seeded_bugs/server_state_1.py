"""SERVER-STATE-1: create_server() returns a serving server (is_serving() true once it accepts
connections, false after close()), bound to the address asked.
The mistake: Server.is_serving() says whether the server is open (its listening sockets not yet
closed), not whether it accepts connections: a server made with start_serving=False says it serves
before start_serving() is awaited.
"""

from seeded_bugs import _network


class Server(_network.Server):

    def is_serving(self):
        return self._sockets is not None  # the mistake: asyncio's is self._serving


def new_event_loop():
    return _network.server_loop(Server)()
