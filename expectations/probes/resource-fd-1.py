"""RESOURCE-FD-1: a loop that ran and was closed leaves none of the descriptors it opened (its
selector, its wake-up pipe or eventfd) open, whether or not it used its default executor. A
first loop is made, run and closed before each count, so that what an implementation opens once
per process is not counted (uvloop's pipe)."""
import asyncio
import os
from _loop import new_loop, show


def descriptors():
    """{fd: what} of this process's sockets, pipes and anonymous inodes (Linux /proc)."""
    out = {}
    for name in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink("/proc/self/fd/" + name)
        except OSError:
            continue
        if target.startswith(("socket:", "pipe:", "anon_inode:")):
            out[int(name)] = target.split("[")[0]
    return out


def run_and_close(use_executor):
    loop = new_loop()
    asyncio.set_event_loop(loop)  # quamash attaches the executor's future to the current loop
    if use_executor:
        show("the executor's result", loop.run_until_complete(loop.run_in_executor(None, sum, [1, 2])))
    loop.call_soon(loop.stop)
    loop.run_forever()
    loop.close()
    asyncio.set_event_loop(None)


for use_executor in (False, True):
    run_and_close(use_executor)
    before = descriptors()
    run_and_close(use_executor)
    left = sorted(what for fd, what in descriptors().items() if before.get(fd) != what)
    show("left open after close()" + (" (the loop used its default executor)" if use_executor else ""), left)
