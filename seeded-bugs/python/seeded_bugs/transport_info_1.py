"""TRANSPORT-INFO-1: get_extra_info() gives peername and sockname, and the default (None, or the
second argument) for a key the transport does not know.
The mistake: the default is taken for information that is "not available" in the sense of a known
key whose value is None (a socket that had no peer name): a key the transport does not know
raises KeyError.
"""

from seeded_bugs import _network


class Transport(_network.Transport):

    def get_extra_info(self, name, default=None):
        value = self._extra[name]  # the mistake: asyncio's is self._extra.get(name, default)
        return default if value is None else value


def new_event_loop():
    return _network.transport_loop(Transport)()
