"""UDP-ERROR-1: a failed receive goes to error_received(), and the endpoint stays open.
Broken: the datagram transport's _read_ready treats an OSError of recvfrom() as fatal: the
endpoint closes, and connection_lost gets the error instead of error_received.
"""

from seeded_bugs._datagram import Transport, datagram_loop


class FatalErrors(Transport):
    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data, addr = self._sock.recvfrom(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fatal_error(exc, 'Fatal read error on datagram transport')  # bug: error_received
            return
        self._protocol.datagram_received(data, addr)


def new_event_loop():
    return datagram_loop(FatalErrors)()
