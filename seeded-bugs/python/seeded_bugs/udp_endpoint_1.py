"""UDP-ENDPOINT-1: each datagram arrives with its sender's address.
Broken: the datagram transport's _read_ready gives datagram_received the endpoint's own address
(its sockname) instead of the sender's, as if recv() had been used in place of recvfrom().
"""

from seeded_bugs._datagram import Transport, datagram_loop


class OwnAddress(Transport):
    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._protocol.error_received(exc)
            return
        self._protocol.datagram_received(data, self._sock.getsockname())  # bug: not the sender


def new_event_loop():
    return datagram_loop(OwnAddress)()
