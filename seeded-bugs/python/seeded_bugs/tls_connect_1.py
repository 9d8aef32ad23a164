"""TLS-CONNECT-1: a TLS transport has no half-close: write_eof() raises NotImplementedError.
Broken: the loop's TLS transports take write_eof() and do nothing, as if TLS could half-close.
"""

import asyncio
from asyncio import sslproto


class HalfClosing(sslproto._SSLProtocolTransport):
    def write_eof(self):
        pass  # bug: asyncio raises NotImplementedError


class Loop(asyncio.SelectorEventLoop):
    def _make_ssl_transport(self, *args, **kwargs):
        transport = super()._make_ssl_transport(*args, **kwargs)
        transport.__class__ = HalfClosing
        return transport


def new_event_loop():
    return Loop()
