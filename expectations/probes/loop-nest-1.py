"""LOOP-NEST-1: run_forever called from a coroutine of the running loop raises RuntimeError."""
from _loop import new_loop, show, give_up_after

loop = new_loop()


async def outer():
    try:
        loop.run_forever()
        show("nested run_forever returned")
    except RuntimeError as e:
        show("nested run_forever raised", e)

give_up_after(2, "the nested run_forever raised or returned")
loop.run_until_complete(outer())
loop.close()
