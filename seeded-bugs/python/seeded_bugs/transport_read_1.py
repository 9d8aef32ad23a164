"""TRANSPORT-READ-1: no data_received while the transport is paused (is_reading() false); the data
waits for resume_reading(), then arrives whole and in order.
The mistake: pause_reading() only marks the transport paused (is_reading() turns false) and does
not remove the socket's reader: the data still goes to data_received().
"""

from seeded_bugs import _network


class Transport(_network.Transport):

    def pause_reading(self):
        if self._closing or self._paused:
            return
        self._paused = True  # the mistake: asyncio's also removes the reader of the socket


def new_event_loop():
    return _network.transport_loop(Transport)()
