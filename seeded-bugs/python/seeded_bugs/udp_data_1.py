"""UDP-DATA-1: sendto() takes bytes only.
Broken: the datagram transport's sendto encodes a str as UTF-8 and sends it, and gives any other
value to the socket, whose TypeError reads otherwise ("a bytes-like object is required, not 'int'").
"""

from seeded_bugs._datagram import Transport, datagram_loop


class LaxData(Transport):
    def sendto(self, data, addr=None):
        if isinstance(data, str):
            data = data.encode()  # bug: a str is not bytes
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("a bytes-like object is required, not %r" % type(data).__name__)
        super().sendto(data, addr)


def new_event_loop():
    return datagram_loop(LaxData)()
