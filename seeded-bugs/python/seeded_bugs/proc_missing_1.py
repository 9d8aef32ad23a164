"""PROC-MISSING-1: a missing program raises FileNotFoundError naming it.
The mistake: the loop raises the system's error without the file's name, as uvloop 0.17 does:
FileNotFoundError('[Errno 2] No such file or directory').
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    async def _make_subprocess_transport(self, *args, **kwargs):
        try:
            return await super()._make_subprocess_transport(*args, **kwargs)
        except OSError as e:
            raise type(e)(e.errno, e.strerror) from None  # the mistake: no filename


def new_event_loop():
    return Loop()
