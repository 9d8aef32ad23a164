"""EXECUTOR-DEFAULT-1: run_in_executor(None, ...) runs its function in the executor that
set_default_executor() set.
The mistake: run_in_executor(None, ...) runs its function in a pool of the loop's own, made at the
first such call (asyncio's ThreadPoolExecutor with its default number of workers), without looking
whether a default executor was set: set_default_executor() stores its executor, and
shutdown_default_executor() shuts it down, but nothing runs in it. (The loop's pool becomes the
default when none was set, so that shutdown_default_executor() still waits for it then.)
"""

import asyncio
import concurrent.futures

from asyncio import futures


class Loop(asyncio.SelectorEventLoop):

    _own_pool = None

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            self._check_default_executor()
            # the mistake: asyncio takes self._default_executor first, and makes a pool only if
            # it is None
            if self._own_pool is None:
                self._own_pool = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                if self._default_executor is None:
                    self._default_executor = self._own_pool
            executor = self._own_pool
        return futures.wrap_future(executor.submit(func, *args), loop=self)


def new_event_loop():
    return Loop()
