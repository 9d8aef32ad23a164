"""PROC-EXITED-1: signalling a process that has ended raises ProcessLookupError.
The mistake: once the process has ended, send_signal(), terminate() and kill() do nothing and
raise nothing, so that the program cannot tell the signal went nowhere.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    async def _make_subprocess_transport(self, *args, **kwargs):
        transport = await super()._make_subprocess_transport(*args, **kwargs)
        for name in ("send_signal", "terminate", "kill"):
            method = getattr(transport, name)

            def quiet(*a, _method=method):
                if transport.get_returncode() is not None:
                    return None  # the mistake: asyncio raises ProcessLookupError
                return _method(*a)
            setattr(transport, name, quiet)
        return transport


def new_event_loop():
    return Loop()
