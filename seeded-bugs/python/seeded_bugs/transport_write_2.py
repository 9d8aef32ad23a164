"""TRANSPORT-WRITE-2: write() takes bytes only: anything else raises
TypeError("data argument must be a bytes-like object, not 'T'") and sends nothing.
The mistake: write() is lenient with text: a str is encoded (UTF-8) and sent; only other types
are refused.
"""

from seeded_bugs import _network


class Transport(_network.Transport):

    def write(self, data):
        if isinstance(data, str):
            data = data.encode()  # the mistake: a str must raise TypeError
        super().write(data)


def new_event_loop():
    return _network.transport_loop(Transport)()
