"""What several seeded bugs share: CPython 3.11's selector loop, cut into smaller steps.

Loop behaves exactly as asyncio.SelectorEventLoop does (the whole kit passes on it: this module's
new_event_loop() is the control). It only splits BaseEventLoop._run_once and run_until_complete,
copied from CPython 3.11, into small methods, so that a seeded bug overrides one step of them.
"""

import asyncio
import heapq
from asyncio import base_events


class Loop(asyncio.SelectorEventLoop):

    def _run_once(self):
        # BaseEventLoop._run_once of CPython 3.11; the end of the window of due timers and the
        # batch (with debug mode's timing of slow callbacks) are the two steps below.
        sched_count = len(self._scheduled)
        if (sched_count > base_events._MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count >
                base_events._MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            new_scheduled = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            heapq.heapify(new_scheduled)
            self._scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)
                handle._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            when = self._scheduled[0]._when
            timeout = min(max(0, when - self.time()), base_events.MAXIMUM_SELECT_TIMEOUT)

        event_list = self._selector.select(timeout)
        self._process_events(event_list)
        event_list = None

        end_time = self._due_before()
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        self._run_ready()

    def _due_before(self):
        """A timer is due when its deadline is before this time."""
        return self.time() + self._clock_resolution

    def _run_ready(self):
        """Runs the batch: the callbacks ready now, not those that they schedule."""
        ntodo = len(self._ready)
        for _ in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            if self._debug:
                try:
                    self._current_handle = handle
                    t0 = self.time()
                    handle._run()
                    dt = self.time() - t0
                    if dt >= self.slow_callback_duration:
                        base_events.logger.warning('Executing %s took %.3f seconds',
                                                   base_events._format_handle(handle), dt)
                finally:
                    self._current_handle = None
            else:
                handle._run()
        handle = None  # breaks a cycle when an exception occurs

    def run_until_complete(self, future):
        # BaseEventLoop.run_until_complete of CPython 3.11; what it ends with is _outcome.
        self._check_closed()
        self._check_running()
        new_task = not asyncio.isfuture(future)
        future = asyncio.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(base_events._run_until_complete_cb)
        try:
            self.run_forever()
        except:  # noqa: E722 (as in CPython)
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(base_events._run_until_complete_cb)
        return self._outcome(future)

    def _outcome(self, future):
        """What run_until_complete returns or raises once the loop stopped."""
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()


def new_event_loop():
    return Loop()
