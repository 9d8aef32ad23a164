"""Runs the runs of parallel batches on forked worker processes, several at once in each.

The GIL lets one Python thread run at a time, so runs on threads overlap only while they wait
(timers); worker processes use every core. A pool of P processes with T threads each runs up to
P * T runs at once, taken in batch order from one queue; each result goes back to the driver as
soon as its run ends. Workers are forked (they inherit the Runner, nothing is pickled but the runs
and the results), stop when the driver closes the pool, and stop by themselves if the driver dies.
"""

import multiprocessing
import os
import queue
import threading
from concurrent.futures import ThreadPoolExecutor

POLL = 0.5  # seconds between checks that the other side is still alive


class WorkerDied(Exception):
    """A worker process ended while runs were in progress; the message says which and how."""


def can_fork():
    return "fork" in multiprocessing.get_all_start_methods()


def _work(runner, answer, tasks, results, threads, parent):
    slots = threading.BoundedSemaphore(threads)
    pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="tck-run")

    def job(run):
        try:
            results.put(answer(runner, run))
        finally:
            slots.release()

    while True:
        slots.acquire()
        try:
            run = tasks.get(timeout=POLL)
        except queue.Empty:
            slots.release()
            if os.getppid() != parent:
                os._exit(0)  # the driver is gone
            continue
        if run is None:
            os._exit(0)
        pool.submit(job, run)


class WorkerPool:
    """P forked processes running T runs at once each."""

    def __init__(self, runner, answer, processes, threads):
        """answer(runner, run) -> the message to send for a run (called in a worker)."""
        context = multiprocessing.get_context("fork")
        self.size = (processes, threads)
        self.tasks = context.Queue()
        self.results = context.Queue()
        self.workers = [context.Process(target=_work, name="tck-worker-%d" % i, daemon=True,
                                        args=(runner, answer, self.tasks, self.results, threads,
                                              os.getpid()))
                        for i in range(processes)]
        for w in self.workers:
            w.start()

    def run(self, runs, send):
        """Runs a batch; send(message) gets each result as it comes. Raises WorkerDied."""
        for run in runs:
            self.tasks.put(run)
        for _ in runs:
            while True:
                try:
                    message = self.results.get(timeout=POLL)
                    break
                except queue.Empty:
                    dead = [w for w in self.workers if not w.is_alive()]
                    if dead:
                        raise WorkerDied("worker process %s ended with exit code %s while running "
                                         "a parallel batch" % (dead[0].pid, dead[0].exitcode))
            send(message)

    def close(self):
        for w in self.workers:
            if w.is_alive():
                w.kill()
        for w in self.workers:
            w.join(1)
