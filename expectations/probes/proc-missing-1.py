"""PROC-MISSING-1: starting a program that does not exist raises FileNotFoundError naming it."""
from _loop import new_loop, show
import asyncio


async def main():
    try:
        await asyncio.create_subprocess_exec("/nonexistent/program")
    except OSError as e:
        show("raised", "%s(%r), filename %r" % (type(e).__name__, str(e), e.filename))
    try:
        await asyncio.create_subprocess_exec("/etc")
    except OSError as e:
        show("a directory", "%s(%r), filename %r" % (type(e).__name__, str(e), e.filename))

loop = new_loop()
loop.run_until_complete(main())
loop.close()
