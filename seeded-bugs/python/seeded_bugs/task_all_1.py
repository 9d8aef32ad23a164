"""TASK-ALL-1: asyncio.all_tasks() returns the running loop's tasks that are not done, the running
task included; with no running loop it raises RuntimeError.
Broken: asyncio.all_tasks (CPython 3.11's, patched when this module is imported) filters the tasks
by loop only, as asyncio.Task.all_tasks() of 3.6 did: a finished task still referenced somewhere
stays in the set.
"""

import asyncio
from asyncio import events, futures, tasks


def all_tasks(loop=None):
    """Return a set of all tasks for the loop."""
    if loop is None:
        loop = events.get_running_loop()
    # Looping over a WeakSet (_all_tasks) isn't safe as it can be updated from another
    # thread while we do so. Therefore we cast it to list prior to filtering. The list
    # cast itself requires iteration, so we repeat it several times ignoring
    # RuntimeErrors (which are not very likely to occur). See issues 34970 and 36607 for
    # details.
    i = 0
    while True:
        try:
            tasks_ = list(tasks._all_tasks)
        except RuntimeError:
            i += 1
            if i >= 1000:
                raise
        else:
            break
    return {t for t in tasks_
            if futures._get_loop(t) is loop}  # bug: "if futures._get_loop(t) is loop and not t.done()}"


asyncio.all_tasks = tasks.all_tasks = all_tasks


def new_event_loop():
    return asyncio.SelectorEventLoop()
