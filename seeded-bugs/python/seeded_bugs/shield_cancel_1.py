"""SHIELD-CANCEL-1: cancelling the task that awaits shield(aw) raises CancelledError at its await
and leaves aw running to its own result.
Broken: asyncio.shield (CPython 3.11's, patched when this module is imported) passes the
cancellation of its outer future on to aw, as gather does with its children: the shielded task is
cancelled with its awaiter.
"""

import asyncio
from asyncio import futures, tasks
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
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())


    def _outer_done_callback(outer):
        if not inner.done():
            inner.cancel()  # bug: "inner.remove_done_callback(_inner_done_callback)"

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


asyncio.shield = tasks.shield = shield


def new_event_loop():
    return asyncio.SelectorEventLoop()
