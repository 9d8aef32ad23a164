"""EXECUTOR-SHUTDOWN-1: await shutdown_default_executor() returns only once the calls submitted to
the default executor have finished; after it run_in_executor(None, ...) raises RuntimeError.
The mistake: shutdown_default_executor() shuts the default executor down with shutdown(wait=False)
on the loop's thread, to spare the thread asyncio starts to wait for it, and returns at once: the
calls still running go on after it returns (new calls are refused, as they should be).
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        # the mistake: asyncio runs shutdown(wait=True) in a thread of its own and awaits a future
        # that thread sets once the executor has joined its workers
        self._default_executor.shutdown(wait=False)


def new_event_loop():
    return Loop()
