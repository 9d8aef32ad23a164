"""SOCK-SENDALL-2: sock_sendall() raises the error that ends the connection while it waits.
The mistake: the writer that sends the rest of the data gives up silently on an OSError and ends
the coroutine with None, as if everything had been sent.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def _sock_sendall(self, fut, sock, view, pos):
        if fut.done():
            return
        start = pos[0]
        try:
            n = sock.send(view[start:])
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            fut.set_result(None)  # the mistake: asyncio sets the exception
            return
        start += n
        if start == len(view):
            fut.set_result(None)
        else:
            pos[0] = start


def new_event_loop():
    return Loop()
