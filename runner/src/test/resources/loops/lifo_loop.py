"""A deliberately wrong loop for the runner's tests: call_soon is LIFO (the newest callback runs first)."""

import asyncio


class LifoLoop(asyncio.SelectorEventLoop):

    def _call_soon(self, callback, args, context):
        handle = super()._call_soon(callback, args, context)
        self._ready.remove(handle)
        self._ready.appendleft(handle)
        return handle


def new_loop():
    return LifoLoop()
