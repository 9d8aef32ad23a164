"""STREAM-CLOSE-1: write_eof() ends only the writing: the peer still answers.
Broken: StreamReaderProtocol.eof_received (patched when this module is imported) returns None, so
the transport closes itself at the peer's EOF and whatever it writes next is lost.
"""

from asyncio import streams


def eof_received(self):
    reader = self._stream_reader
    if reader is not None:
        reader.feed_eof()
    return None  # bug: True keeps the transport open for writing


streams.StreamReaderProtocol.eof_received = eof_received


def new_event_loop():
    import asyncio
    return asyncio.SelectorEventLoop()
