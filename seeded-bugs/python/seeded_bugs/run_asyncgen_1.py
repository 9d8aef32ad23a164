"""RUN-ASYNCGEN-1: run closes the asynchronous generators left unfinished.
Broken: loop.shutdown_asyncgens() (BaseEventLoop's, CPython 3.11's, the same in 3.13; asyncio.run
and Runner.close call it) takes the generators to close as the loop's set itself, not a copy of
it, then clears the set: the list it closes is empty, and a generator left at its yield when main
returns is never closed (its finally does not run) before run returns.
"""

import asyncio
from asyncio import tasks


class Loop(asyncio.SelectorEventLoop):

    async def shutdown_asyncgens(self):
        """Shutdown all active asynchronous generators."""
        self._asyncgens_shutdown_called = True

        if not len(self._asyncgens):
            # If Python version is <3.6 or we don't have any asynchronous
            # generators alive.
            return

        closing_agens = self._asyncgens  # bug: "closing_agens = list(self._asyncgens)"
        self._asyncgens.clear()

        results = await tasks.gather(
            *[ag.aclose() for ag in closing_agens],
            return_exceptions=True)

        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })


def new_event_loop():
    return Loop()
