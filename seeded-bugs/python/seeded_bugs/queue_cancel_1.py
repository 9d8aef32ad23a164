"""QUEUE-CANCEL-1: a getter cancelled after it was woken does not lose the item.
Broken: Queue.get (CPython 3.11's, patched when this module is imported) leaves the waiters when it
is cancelled, but does not wake the next getter, so the item put for the cancelled one waits for a
get that never comes.
"""

import asyncio


async def get(self):
    while self.empty():
        getter = self._get_loop().create_future()
        self._getters.append(getter)
        try:
            await getter
        except:  # noqa: E722 (as CPython's)
            getter.cancel()
            try:
                self._getters.remove(getter)
            except ValueError:
                pass
            # bug: no "if not self.empty() and not getter.cancelled(): self._wakeup_next(self._getters)"
            raise
    return self.get_nowait()


asyncio.Queue.get = get


def new_event_loop():
    return asyncio.SelectorEventLoop()
