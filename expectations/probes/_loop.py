"""The loop a probe runs on, from its command line:

    python3 PROBE.py [asyncio | uvloop | MODULE:CALLABLE]    (default: asyncio)

drivers/python is put on the path, so third_party_loops:gbulb_loop and :quamash_loop work too.
A probe prints what it observes, one line per fact, the same way on every loop, so that its output
on CPython's asyncio and on the loop under test can be compared line by line (compare.py).
"""

import asyncio
import importlib
import os
import threading
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "drivers", "python"))


def spec():
    return sys.argv[1] if len(sys.argv) > 1 else "asyncio"


def new_loop():
    """A new loop of the kind named on the command line."""
    name = spec()
    if name == "asyncio":
        return asyncio.new_event_loop()
    if name == "uvloop":
        return importlib.import_module("uvloop").new_event_loop()
    module, _, attr = name.partition(":")
    return getattr(importlib.import_module(module), attr)()


def show(label, value=None):
    print(label if value is None else "%s: %r" % (label, value), flush=True)


def give_up_after(seconds, what):
    """Ends the probe (exit status 0) with a line saying what did not happen within seconds: the
    probe of a loop that hangs shows the hang instead of hanging."""
    def end():
        show("%s: not within %s s" % (what, seconds))
        os._exit(0)
    timer = threading.Timer(seconds, end)
    timer.daemon = True
    timer.start()
    return timer
