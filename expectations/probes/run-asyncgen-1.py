"""RUN-ASYNCGEN-1: an asynchronous generator first iterated in a loop and left at its yield is
closed by the loop's shutdown_asyncgens(), which asyncio.run and Runner.close await: the loop must
have installed asyncio's asyncgen hooks while it ran (sys.set_asyncgen_hooks), so that it knows the
generator."""
import asyncio
import sys

from _loop import new_loop, show, give_up_after

give_up_after(10, "the probe did not end")
loop = new_loop()


async def ticks():
    try:
        yield 1
        yield 2
    finally:
        show("generator closed")


async def main():
    global g  # kept alive: only shutdown_asyncgens closes it, not the garbage collector
    show("firstiter hook while running", sys.get_asyncgen_hooks().firstiter is not None)
    g = ticks()
    async for x in g:
        show("first", x)
        break


loop.run_until_complete(main())
show("main done")
loop.run_until_complete(loop.shutdown_asyncgens())
show("shutdown_asyncgens done")
loop.close()
show("generator still referenced", g is not None)
