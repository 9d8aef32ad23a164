"""RUN-CANCEL-1: run cancels the tasks left and waits for them before it returns.
Broken: asyncio.runners._cancel_all_tasks (patched when this module is imported; asyncio.run and
Runner.close call it) cancels every task left but does not wait for them (no
run_until_complete(gather(*to_cancel, return_exceptions=True)), and so no report of those that
failed, as many a hand-written shutdown did before asyncio.run): the tasks get only the few
iterations that shutdown_asyncgens() and shutdown_default_executor() run before the loop is closed,
enough for a CancelledError to be thrown in, not for an await after it.
"""

import asyncio
from asyncio import runners, tasks


def _cancel_all_tasks(loop):
    to_cancel = tasks.all_tasks(loop)
    if not to_cancel:
        return

    for task in to_cancel:
        task.cancel()

    # bug: no "loop.run_until_complete(tasks.gather(*to_cancel, return_exceptions=True))", and
    # with nothing waited for, no "for task in to_cancel: ... loop.call_exception_handler(...)"


runners._cancel_all_tasks = _cancel_all_tasks


def new_event_loop():
    return asyncio.SelectorEventLoop()
