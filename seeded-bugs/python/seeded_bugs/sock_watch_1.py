"""SOCK-WATCH-1: sock_recv() and sock_sendall() leave no reader or writer once done.
The mistake: the done callbacks that end a waiting sock_recv() or sock_sendall() forget to remove
the reader or the writer they added: the loop keeps watching the socket (the handler returns at
once, its future being done), and remove_reader() then finds a reader.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def _sock_read_done(self, fd, fut, handle=None):
        pass  # the mistake: asyncio calls remove_reader(fd)

    def _sock_write_done(self, fd, fut, handle=None):
        pass  # the mistake: asyncio calls remove_writer(fd)


def new_event_loop():
    return Loop()
