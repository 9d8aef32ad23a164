"""SOCK-CONNECT-2: a refused sock_connect raises ConnectionRefusedError("[Errno 111] Connect call
failed ('127.0.0.1', PORT)").
Broken: the loop's sock_connect raises the socket's own error, "[Errno 111] Connection refused",
as gbulb 0.6.3 does.
"""

import asyncio
import errno
import os


class Loop(asyncio.SelectorEventLoop):
    async def sock_connect(self, sock, address):
        try:
            return await super().sock_connect(sock, address)
        except ConnectionRefusedError:
            # bug: the message does not name the address
            raise ConnectionRefusedError(errno.ECONNREFUSED, os.strerror(errno.ECONNREFUSED)) from None


def new_event_loop():
    return Loop()
