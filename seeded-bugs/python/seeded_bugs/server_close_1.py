"""SERVER-CLOSE-1: once Server.close() has returned, a new connection to the server's address is
refused (the listening socket is closed at once); the connections accepted before stay open.
The mistake: close() stops accepting (it removes the listening sockets' reader) but closes the
listening sockets only with the rest of the server, once its last connection is gone (when
wait_closed() is woken): while a connection accepted before is still open, the system completes
the handshake of a new connection to the address, which waits in the backlog, never accepted.
"""

from seeded_bugs import _network


class Server(_network.Server):

    def close(self):
        # Server.close of CPython 3.11, the listening sockets left open
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        self._listening = sockets

        for sock in sockets:
            # the mistake: asyncio's self._loop._stop_serving(sock) also closes the socket
            self._loop._remove_reader(sock.fileno())

        self._serving = False

        if (self._serving_forever_fut is not None and
                not self._serving_forever_fut.done()):
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None

        if self._active_count == 0:
            self._wakeup()

    def _wakeup(self):
        # called once the server is closed and has no connection left
        for sock in self._listening:
            sock.close()
        super()._wakeup()


def new_event_loop():
    return _network.server_loop(Server)()
