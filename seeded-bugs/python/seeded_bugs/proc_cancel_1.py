"""PROC-CANCEL-1: cancelling wait() or communicate() raises CancelledError and leaves the process
running.
The mistake: the loop's subprocess transport kills the process when a wait for it is cancelled,
taking the end of the wait for the end of the process.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    async def _make_subprocess_transport(self, *args, **kwargs):
        transport = await super()._make_subprocess_transport(*args, **kwargs)
        wait = transport._wait

        async def killing_wait():
            try:
                return await wait()
            except asyncio.CancelledError:
                transport.kill()  # the mistake: the cancelled wait ends the process
                raise
        transport._wait = killing_wait
        return transport


def new_event_loop():
    return Loop()
