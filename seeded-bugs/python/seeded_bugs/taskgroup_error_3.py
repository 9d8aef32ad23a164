"""TASKGROUP-ERROR-3 (3.11+): a KeyboardInterrupt (or SystemExit) leaving the body or a task of
the group cancels the other tasks, and once they are done leaves the block as it is, not in an
exception group.
Broken: TaskGroup._is_base_error (CPython 3.11's, patched when this module is imported) knows no
exception as special, as if "since 3.8 tasks propagate all exceptions correctly" held for all of
them: a KeyboardInterrupt is collected with the other errors and leaves the block wrapped in a
BaseExceptionGroup.
"""

import asyncio


def _is_base_error(self, exc: BaseException) -> bool:
    assert isinstance(exc, BaseException)
    return False  # bug: "isinstance(exc, (SystemExit, KeyboardInterrupt))"


asyncio.taskgroups.TaskGroup._is_base_error = _is_base_error


def new_event_loop():
    return asyncio.SelectorEventLoop()
