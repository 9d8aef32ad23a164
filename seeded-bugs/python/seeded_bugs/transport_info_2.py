"""TRANSPORT-INFO-2: after set_write_buffer_limits(high=H, low=L), get_write_buffer_limits() is
(L, H); limits with low > high raise ValueError.
The mistake: get_write_buffer_limits() gives the limits in the order of set_write_buffer_limits()'s
parameters, (high, low), not the documented (low, high).
"""

from seeded_bugs import _network


class Transport(_network.Transport):

    def get_write_buffer_limits(self):
        return (self._high_water, self._low_water)  # the mistake: (low, high)


def new_event_loop():
    return _network.transport_loop(Transport)()
