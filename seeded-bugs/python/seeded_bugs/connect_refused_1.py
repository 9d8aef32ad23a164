"""CONNECT-REFUSED-1: a refused connection raises ConnectionRefusedError whose str() is
"[Errno 111] Connect call failed ('127.0.0.1', PORT)".
The mistake: when the socket's connect fails, sock_connect raises the system's message for the
error, OSError(err, os.strerror(err)), as uvloop does: "[Errno 111] Connection refused", without
the address.
"""

import asyncio
import os
import socket


class Loop(asyncio.SelectorEventLoop):

    def _sock_connect_cb(self, fut, sock, address):
        # BaseSelectorEventLoop._sock_connect_cb of CPython 3.11, its message changed
        if fut.done():
            return
        try:
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err != 0:
                raise OSError(err, os.strerror(err))  # the mistake: f'Connect call failed {address}'
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)
        finally:
            fut = None


def new_event_loop():
    return Loop()
