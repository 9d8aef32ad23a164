"""PROTO-ERROR-1: when data_received() raises an Exception, the transport passes it to the loop's
exception handler, closes the connection, and calls the protocol's connection_lost() once, with
that exception; the peer sees a regular end.
The mistake: the transport reports the exception to the exception handler and closes the
connection at once (as asyncio's _fatal_error does), but ends it with connection_lost(None), as
for a close by this side, instead of connection_lost(that exception).
"""

from seeded_bugs import _network


class Transport(_network.Transport):

    def _read_ready__data_received(self):
        # _SelectorSocketTransport._read_ready__data_received of CPython 3.11, with its
        # _fatal_error(exc, ...) for data_received written out and the exception not passed on
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return

        if not data:
            self._read_ready__on_eof()
            return

        try:
            self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Fatal error: protocol.data_received() call failed.',
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
            self._force_close(None)  # the mistake: asyncio's _fatal_error passes exc on


def new_event_loop():
    return _network.transport_loop(Transport)()
