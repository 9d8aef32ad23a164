"""PROTO-FLOW-1: a write that leaves more than the high water mark in the buffer calls the
protocol's pause_writing() once, before it returns; once the buffer has drained to the low water
mark or below, resume_writing() is called once.
The mistake: _maybe_pause_protocol() calls pause_writing() but forgets to mark the protocol paused
(_protocol_paused): _maybe_resume_protocol(), which resumes only a protocol marked paused, never
calls resume_writing() once the buffer has drained (and every write over the high mark pauses the
protocol again).
"""

from seeded_bugs import _network


class Transport(_network.Transport):

    def _maybe_pause_protocol(self):
        # _FlowControlMixin._maybe_pause_protocol of CPython 3.11, the protocol not marked paused
        size = self.get_write_buffer_size()
        if size <= self._high_water:
            return
        if not self._protocol_paused:
            # the mistake: asyncio's sets self._protocol_paused = True here
            try:
                self._protocol.pause_writing()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._loop.call_exception_handler({
                    'message': 'protocol.pause_writing() failed',
                    'exception': exc,
                    'transport': self,
                    'protocol': self._protocol,
                })


def new_event_loop():
    return _network.transport_loop(Transport)()
