"""SHIELD-RESULT-1: awaiting shield(aw) gives aw's result or raises its exception; when aw itself is
cancelled, the shield is cancelled too.
Broken: asyncio.shield (CPython 3.11's, patched when this module is imported) passes a cancelled aw
on as an exception, CancelledError, set on its outer future: awaiting the shield raises
CancelledError, but the shield is not cancelled (cancelled() is False).
"""

import asyncio
from asyncio import exceptions, futures, tasks
from asyncio.tasks import _ensure_future


def shield(arg):
    inner = _ensure_future(arg)
    if inner.done():
        # Shortcut.
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                # Mark inner's result as retrieved.
                inner.exception()
            return

        if inner.cancelled():
            outer.set_exception(exceptions.CancelledError())  # bug: "outer.cancel()"
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())


    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


asyncio.shield = tasks.shield = shield


def new_event_loop():
    return asyncio.SelectorEventLoop()
