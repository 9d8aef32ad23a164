"""LOOP-NEST-3: the coroutine given to a refused nested run_until_complete is never run."""
from _loop import new_loop, show
import asyncio

loop = new_loop()


async def inner():
    show("inner ran")


async def outer():
    coro = inner()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        show("refused", type(e).__name__)
    await asyncio.sleep(0.01)
    show("outer done")

loop.run_until_complete(outer())
loop.close()
