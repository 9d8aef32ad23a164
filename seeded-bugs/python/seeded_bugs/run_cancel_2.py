"""RUN-CANCEL-2: a task left that ends with an exception is reported to the exception handler.
Broken: asyncio.runners._cancel_all_tasks (CPython's, the same in 3.10 to 3.13, patched when this
module is imported; asyncio.run and Runner.close call it) looks for the failed tasks among
all_tasks(loop) again instead of the tasks it cancelled: once the gather has waited for them none
is pending, all_tasks() is empty, and a task that ended with an exception is never reported.
"""

import asyncio
from asyncio import runners, tasks


def _cancel_all_tasks(loop):
    to_cancel = tasks.all_tasks(loop)
    if not to_cancel:
        return

    for task in to_cancel:
        task.cancel()

    loop.run_until_complete(tasks.gather(*to_cancel, return_exceptions=True))

    for task in tasks.all_tasks(loop):  # bug: "for task in to_cancel:"
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


runners._cancel_all_tasks = _cancel_all_tasks


def new_event_loop():
    return asyncio.SelectorEventLoop()
