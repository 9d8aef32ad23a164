"""SERVER-SERVE-1: a task awaiting server.serve_forever() makes the server serve (even one made
with start_serving=False); cancelling the task closes the server (is_serving() false, no sockets)
and ends the task cancelled.
The mistake: serve_forever() starts serving and waits, but on its cancellation only lets the
CancelledError out: the server is not closed, and goes on serving after its task has ended.
"""

from seeded_bugs import _network


class Server(_network.Server):

    async def serve_forever(self):
        # Server.serve_forever of CPython 3.11, without the close on cancellation
        if self._serving_forever_fut is not None:
            raise RuntimeError(
                f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')

        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()

        try:
            # the mistake: asyncio's catches the CancelledError here, calls self.close() and
            # awaits self.wait_closed() before raising it again
            await self._serving_forever_fut
        finally:
            self._serving_forever_fut = None


def new_event_loop():
    return _network.server_loop(Server)()
