"""EXECUTOR-RUN-1: run_in_executor() calls the function on another thread and returns a future,
not yet done, of its outcome.
The mistake: run_in_executor() calls the function at once, inline, on the loop's thread (as if
"the executor" were a synchronous fallback), and returns a future already done with its value or
its exception: the loop is blocked while the function works.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            self._check_default_executor()
        future = self.create_future()
        try:
            future.set_result(func(*args))  # the mistake: asyncio's executor.submit(func, *args)
        except BaseException as exc:
            future.set_exception(exc)
        return future


def new_event_loop():
    return Loop()
