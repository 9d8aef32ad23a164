"""PROC-PIPE-1: communicate() sends the input, reads the piped streams to their end, and waits for
the exit.
The mistake: a pipe the loop reads from a process delivers at most 64 KiB in all and drops the
rest silently, as a fixed-size buffer would; small outputs come through whole.
"""

import asyncio

LIMIT = 65536


class _Truncating:
    """The pipe's protocol, with data_received cut at LIMIT bytes in all."""

    def __init__(self, protocol):
        self._protocol = protocol
        self._seen = 0

    def data_received(self, data):
        room = max(0, LIMIT - self._seen)  # the mistake: nothing beyond LIMIT is delivered
        self._seen += len(data)
        if room:
            self._protocol.data_received(data[:room])

    def __getattr__(self, name):
        return getattr(self._protocol, name)


class Loop(asyncio.SelectorEventLoop):

    async def connect_read_pipe(self, protocol_factory, pipe):
        return await super().connect_read_pipe(lambda: _Truncating(protocol_factory()), pipe)


def new_event_loop():
    return Loop()
