"""RUNNER-NEST-1 (3.11+): Runner.run refuses to run inside a running loop.
Broken: asyncio.Runner.run (CPython 3.11's, the same in 3.12 and 3.13, patched when this module is
imported) has no running-loop check of its own ("fail fast"), leaving it to the loop: called inside
a running loop it makes its loop, wraps the coroutine in a task of that loop, and
run_until_complete() refuses with the loop's message ('Cannot run the event loop while another
loop is running'); the task, never run, is left to close() (which fails the same way).
asyncio.run is not affected: it checks for a running loop itself before it uses a Runner.
"""

import asyncio
import functools
import signal
import threading
from asyncio import coroutines, exceptions, runners


def run(self, coro, *, context=None):
    """Run a coroutine inside the embedded event loop."""
    if not coroutines.iscoroutine(coro):
        raise ValueError("a coroutine was expected, got {!r}".format(coro))

    # bug: no "if events._get_running_loop() is not None: raise RuntimeError(
    #     'Runner.run() cannot be called from a running event loop')"

    self._lazy_init()

    if context is None:
        context = self._context
    task = self._loop.create_task(coro, context=context)

    if (threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGINT) is signal.default_int_handler
    ):
        sigint_handler = functools.partial(self._on_sigint, main_task=task)
        try:
            signal.signal(signal.SIGINT, sigint_handler)
        except ValueError:
            # `signal.signal` may throw if `threading.main_thread` does
            # not support signals (e.g. embedded interpreter with signals
            # not registered - see gh-91880)
            sigint_handler = None
    else:
        sigint_handler = None

    self._interrupt_count = 0
    try:
        return self._loop.run_until_complete(task)
    except exceptions.CancelledError:
        if self._interrupt_count > 0:
            uncancel = getattr(task, "uncancel", None)
            if uncancel is not None and uncancel() == 0:
                raise KeyboardInterrupt()
        raise  # CancelledError
    finally:
        if (sigint_handler is not None
            and signal.getsignal(signal.SIGINT) is sigint_handler
        ):
            signal.signal(signal.SIGINT, signal.default_int_handler)


runners.Runner.run = run


def new_event_loop():
    return asyncio.SelectorEventLoop()
