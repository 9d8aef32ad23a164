"""GATHER-ORDER-1: gather's result list follows the order of its arguments.
Broken: the results are listed in the order in which the children finished (asyncio.gather of
Python 3.11, patched into asyncio when this module is imported, with that one change).
"""

import asyncio
from asyncio import exceptions, futures, tasks

_asyncio_gather = asyncio.gather


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        return _asyncio_gather()
    finished = []

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        finished.append(fut)
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for fut in sorted(children, key=finished.index):  # bug: should be `children`
                if fut.cancelled():
                    res = exceptions.CancelledError(
                        '' if fut._cancel_message is None else fut._cancel_message)
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = nfinished = 0
    loop = outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = tasks._ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = tasks._GatheringFuture(children, loop=loop)
    return outer


asyncio.gather = tasks.gather = gather


def new_event_loop():
    return asyncio.SelectorEventLoop()
