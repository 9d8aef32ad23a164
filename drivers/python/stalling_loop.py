"""A correct loop that stalls at random, as a loaded machine makes any loop do: CPython's own
asyncio loop, which before some of its steps sleeps for a while. For --loop stalling_loop:new_event_loop
(this folder is on the driver's path).

asyncio promises order and "never early", never promptness: a loop may be late by any amount, and
a busy machine (CI with two builds on two cores) makes it so. A scenario whose expected trace
changes on this loop asks for false precision about time: its result hangs on how fast the machine
is. CI runs the kit on it (./tck run --loop python:stalling_loop:new_event_loop); the scenarios
alone: features/tools/check_on_cpython.py --loop stalling_loop:new_event_loop.

Where it stalls: before each call_soon and call_at (call_later is call_at; its deadline is taken
before the stall, so a stall makes the later registrations late, as a preempted thread would), and
before each iteration of the loop. Each of those points stalls with probability CHANCE, for a time
drawn uniformly below MAX_STALL seconds. The draws come from one generator per process, seeded by
the environment variable TCK_STALL_SEED (an integer, default 1): the same seed makes the same
draws, though not the same timing, which no loop controls.
"""

import asyncio
import os
import random
import time

CHANCE = 0.5
MAX_STALL = 0.040

_draws = random.Random(int(os.environ.get("TCK_STALL_SEED", "1")))


def _stall():
    if _draws.random() < CHANCE:
        time.sleep(_draws.random() * MAX_STALL)


class StallingLoop(asyncio.SelectorEventLoop):
    """asyncio's selector loop, stalling at random before call_soon, call_at and each iteration."""

    def call_soon(self, callback, *args, context=None):
        _stall()
        return super().call_soon(callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        _stall()
        return super().call_at(when, callback, *args, context=context)

    def _run_once(self):
        _stall()
        super()._run_once()


def new_event_loop():
    """A new StallingLoop."""
    return StallingLoop()
