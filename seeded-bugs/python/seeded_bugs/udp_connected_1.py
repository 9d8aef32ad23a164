"""UDP-CONNECTED-1: an endpoint with remote_addr refuses to send elsewhere.
Broken: the datagram transport's sendto drops the address it is given instead of refusing one
that is not remote_addr, so the data silently goes to remote_addr.
"""

from seeded_bugs._datagram import Transport, datagram_loop


class AnyAddress(Transport):
    def sendto(self, data, addr=None):
        if self._address:
            addr = None  # bug: no "Invalid address: must be None or ..." for another address
        super().sendto(data, addr)


def new_event_loop():
    return datagram_loop(AnyAddress)()
