"""TRANSPORT-WRITE-1: the bytes of every write() and writelines() reach the peer exactly once each,
in order, none lost or added.
The mistake: when write() finds the buffer empty it tries to send the data at once and, when the
socket takes only part of it, puts the whole data in the buffer rather than what is left: the part
already sent is sent again.
"""

from asyncio import constants
from asyncio.log import logger

from seeded_bugs import _network


class Transport(_network.Transport):

    def write(self, data):
        # _SelectorSocketTransport.write of CPython 3.11, its partial send mishandled
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if self._empty_waiter is not None:
            raise RuntimeError('unable to write; sendfile is in progress')
        if not data:
            return

        if self._conn_lost:
            if self._conn_lost >= constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                logger.warning('socket.send() raised exception.')
            self._conn_lost += 1
            return

        if not self._buffer:
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                pass
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            else:
                if n == len(data):  # the mistake: asyncio's data = data[n:] is missing
                    return
            self._loop._add_writer(self._sock_fd, self._write_ready)

        self._buffer.extend(data)
        self._maybe_pause_protocol()


def new_event_loop():
    return _network.transport_loop(Transport)()
