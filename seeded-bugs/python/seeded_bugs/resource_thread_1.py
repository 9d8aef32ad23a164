"""RESOURCE-THREAD-1: a closed loop leaves no thread of its own running (close() shuts the default
executor down, so its workers end).
The mistake: close() forgets the default executor instead of shutting it down: its worker threads
(asyncio_0, ...) wait for work that never comes. The executor is kept in _LEFT_RUNNING, as a
loop that still held it would (a ThreadPoolExecutor's workers end once it is garbage-collected):
a real leak. Everything else is asyncio's, shutdown_default_executor() included.
"""

import asyncio

_LEFT_RUNNING = []


class Loop(asyncio.SelectorEventLoop):

    def close(self):
        if not self.is_running() and not self.is_closed() and self._default_executor is not None:
            _LEFT_RUNNING.append(self._default_executor)
            self._default_executor = None  # the mistake: asyncio calls its shutdown(wait=False)
        super().close()


def new_event_loop():
    return Loop()
