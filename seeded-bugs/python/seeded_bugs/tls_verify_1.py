"""TLS-VERIFY-1: a client refuses a server whose certificate it does not trust.
Broken: the loop's create_connection turns the context's verification off (no certificate check,
no host name check), so any server is accepted.
"""

import asyncio
import ssl


class Loop(asyncio.SelectorEventLoop):
    async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None, **kwds):
        if isinstance(ssl, _ssl.SSLContext):
            ssl.check_hostname = False  # bug: trusts every certificate
            ssl.verify_mode = _ssl.CERT_NONE
        return await super().create_connection(protocol_factory, host, port, ssl=ssl, **kwds)


_ssl = ssl


def new_event_loop():
    return Loop()
