"""Runs the runs of a parallel batch on processes forked for that batch, several at once in each.

The GIL lets one Python thread run at a time, so runs on threads overlap only while they wait
(timers); worker processes use every core. For each parallel batch the driver, having parsed and
checked it, forks P processes running T threads each: the children inherit the parsed runs (and
the Runner, and its caches), so nothing is pickled. The threads of all processes take the runs in
batch order from one counter in shared memory, and each writes its result line itself, with one
write under a lock shared by the processes, straight to the protocol's output. The driver waits
for the children; one that dies makes the batch fail (WorkerDied). A child whose driver is gone
exits by itself, even if a program hangs.
"""

import gc
import mmap
import multiprocessing
import os
import struct
import sys
import threading
import traceback

POLL = 0.5  # seconds between a child's checks that the driver is still alive
COUNTER = struct.Struct("q")  # the index of the next run to take, in shared memory


class WorkerDied(Exception):
    """A worker process ended while runs were in progress; the message says which and how."""


def can_fork():
    return "fork" in multiprocessing.get_all_start_methods()


def write_all(fd, data):
    """Writes all of data to fd (a pipe may take a long line in several writes)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def exit_code(status):
    """A waitpid status as multiprocessing says it: the exit status, or -N for signal N."""
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


class ForkedBatches:
    """Runs parallel batches on P forked processes of T threads each, forked anew per batch."""

    def __init__(self, answer_line, fd):
        """answer_line(run) -> the bytes of the run's answer, one protocol line (called in the
        children); fd: where the children write those lines."""
        context = multiprocessing.get_context("fork")
        self.answer_line = answer_line
        self.fd = fd
        self.take_lock = context.Lock()   # guards the counter
        self.write_lock = context.Lock()  # one line at a time on fd
        self.counter = mmap.mmap(-1, COUNTER.size)  # anonymous: shared with forked children
        self.children = []

    def run(self, runs, processes, threads):
        """Runs a batch, up to processes * threads runs at once; returns once every run is
        answered. Raises WorkerDied. Returns False, having started nothing, if it cannot fork."""
        COUNTER.pack_into(self.counter, 0, 0)
        processes = min(processes, len(runs))
        threads = min(threads, len(runs))
        parent = os.getpid()
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        gc.freeze()  # children do not collect (so do not copy) the driver's objects; the driver
        # unfreezes them when it parses its next request
        for _ in range(processes):
            try:
                pid = os.fork()
            except OSError:
                if not self.children:
                    return False
                break  # the children started take every run between them
            if pid == 0:
                self._child(runs, threads, parent)  # never returns
            self.children.append(pid)
        self._wait()
        return True

    def _wait(self):
        while self.children:
            try:
                pid, status = os.waitpid(-1, 0)
            except ChildProcessError:  # reaped by someone else (SIGCHLD ignored): status unknown
                self.children = []
                return
            if pid not in self.children:
                continue
            self.children.remove(pid)
            if status != 0:
                raise WorkerDied("worker process %s ended with exit code %s while running a "
                                 "parallel batch" % (pid, exit_code(status)))

    def close(self):
        """Kills the children of a batch that failed."""
        for pid in self.children:
            try:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
            except OSError:
                pass
        self.children = []

    # -- in a child ------------------------------------------------------------------------

    def _child(self, runs, threads, parent):
        status = 1
        try:
            workers = [threading.Thread(target=self._take, args=(runs,), daemon=True,
                                        name="tck-run-%d" % i) for i in range(threads)]
            for w in workers:
                w.start()
            for w in workers:
                while True:
                    w.join(POLL)
                    if not w.is_alive():
                        break
                    if os.getppid() != parent:
                        os._exit(0)  # the driver is gone
            status = 0
        except BaseException:
            traceback.print_exc()
        finally:
            _exit(status)

    def _take(self, runs):
        try:
            count = len(runs)
            while True:
                with self.take_lock:
                    i = COUNTER.unpack_from(self.counter)[0]
                    if i >= count:
                        return
                    COUNTER.pack_into(self.counter, 0, i + 1)
                line = self.answer_line(runs[i])
                with self.write_lock:
                    write_all(self.fd, line)
        except BaseException:  # a fault of the driver: the batch fails, the kit reruns it
            traceback.print_exc()
            _exit(1)


def _exit(status):
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    os._exit(status)
