"""LOOP-RUC-3: run_until_complete(coro) must run the coroutine wrapped in a Task (current_task() is it).
The mistake: run_until_complete() drives a coroutine itself, with a small future that sends into it,
so inside the coroutine asyncio.current_task() is None.
"""

import asyncio


class CoroutineFuture(asyncio.Future):
    """Drives a coroutine with send() as a Task would (awaits, sleep(0)), but is no Task."""

    def __init__(self, coro, loop):
        super().__init__(loop=loop)
        self._coro = coro
        loop.call_soon(self._step)

    def _step(self, _awaited=None):
        try:
            awaited = self._coro.send(None)  # an awaited future re-raises its exception itself
        except StopIteration as stop:
            self.set_result(stop.value)
        except (KeyboardInterrupt, SystemExit) as exc:
            self.set_exception(exc)
            raise
        except BaseException as exc:
            self.set_exception(exc)
        else:
            if awaited is None:  # a bare yield: asyncio.sleep(0)
                self.get_loop().call_soon(self._step)
            else:
                awaited._asyncio_future_blocking = False
                awaited.add_done_callback(self._step)


class Loop(asyncio.SelectorEventLoop):

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        if asyncio.iscoroutine(future):
            future = CoroutineFuture(future, self)  # the mistake: not self.create_task(future)
        return super().run_until_complete(future)


def new_event_loop():
    return Loop()
