"""STREAM-OPEN-1: start_server() calls back with a pair for each connection; a coroutine the
callback returns runs as a task.
Broken: StreamReaderProtocol.connection_made (patched when this module is imported) calls the
callback but drops the coroutine it returns instead of scheduling it as a task, so a coroutine
function as the callback never runs (a plain function still works).
"""

import asyncio
from asyncio import streams

_connection_made = streams.StreamReaderProtocol.connection_made


def connection_made(self, transport):
    callback = self._client_connected_cb
    if callback is not None and asyncio.iscoroutinefunction(callback):
        def call_only(reader, writer):
            callback(reader, writer).close()  # bug: the coroutine is dropped, not run as a task
        self._client_connected_cb = call_only
    _connection_made(self, transport)


streams.StreamReaderProtocol.connection_made = connection_made


def new_event_loop():
    return asyncio.SelectorEventLoop()
