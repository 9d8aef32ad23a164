"""What the seeded bugs of a child watcher share: a selector loop that watches each child it
starts with a thread of its own, in small steps.

Loop behaves as asyncio.SelectorEventLoop does on 3.10 to 3.13 (the whole kit passes on it: this
module's new_event_loop() is a control). Instead of the policy's child watcher, which differs
between versions, it waits for each child on a daemon thread (as asyncio's ThreadedChildWatcher
does), in two steps a seeded bug overrides: _wait_status (wait for the child and reap it) and
_returncode (Python's returncode of a wait status).
"""

import asyncio
import os
import threading
from asyncio import unix_events


class Loop(asyncio.SelectorEventLoop):

    async def _make_subprocess_transport(self, protocol, args, shell, stdin, stdout, stderr,
                                         bufsize, extra=None, **kwargs):
        waiter = self.create_future()
        transp = unix_events._UnixSubprocessTransport(self, protocol, args, shell, stdin, stdout,
                                                      stderr, bufsize, waiter=waiter,
                                                      extra=extra, **kwargs)
        threading.Thread(target=self._watch, args=(transp,), daemon=True,
                         name="waitpid-%d" % transp.get_pid()).start()
        try:
            await waiter
        except BaseException:
            transp.close()
            await transp._wait()
            raise
        return transp

    def _watch(self, transp):
        returncode = self._returncode(self._wait_status(transp.get_pid()))
        if not self.is_closed():
            # through the loop's _child_watcher_callback, as asyncio's watchers do: two hops, so
            # that the exit comes after what the start queued (connecting the pipes), not before
            self.call_soon_threadsafe(self._child_watcher_callback, transp.get_pid(), returncode, transp)

    def _wait_status(self, pid):
        """Waits for the child to end and reaps it; its wait status."""
        return os.waitpid(pid, 0)[1]

    def _returncode(self, status):
        """-N for a child signal N ended, else its exit status."""
        return os.waitstatus_to_exitcode(status)


def new_event_loop():
    return Loop()
