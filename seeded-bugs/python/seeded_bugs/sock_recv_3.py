"""SOCK-RECV-3: sock_recv() raises the error that ends the connection while it waits.
The mistake: the reader that finishes a waiting sock_recv() takes any OSError for the end of the
data and gives b"", as if the peer had closed cleanly.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def _sock_recv(self, fut, sock, n):
        if fut.done():
            return
        try:
            data = sock.recv(n)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            fut.set_result(b"")  # the mistake: asyncio sets the exception
        else:
            fut.set_result(data)


def new_event_loop():
    return Loop()
