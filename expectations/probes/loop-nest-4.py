"""LOOP-NEST-4: the error of a nested run_forever reads "This event loop is already running"."""
from _loop import new_loop, show

loop = new_loop()


async def outer():
    try:
        loop.run_forever()
    except RuntimeError as e:
        show("error", str(e))

loop.run_until_complete(outer())
loop.close()
