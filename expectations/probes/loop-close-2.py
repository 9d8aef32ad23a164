"""LOOP-CLOSE-2: close() from a callback of the running loop raises RuntimeError; the loop runs on."""
from _loop import new_loop, show, give_up_after

loop = new_loop()


def closer():
    try:
        loop.close()
    except RuntimeError as e:
        show("close() raised", e)
    show("closed", loop.is_closed())

loop.call_soon(closer)
loop.call_soon(show, "the callback queued after closer")
loop.call_soon(loop.stop)
give_up_after(2, "run_forever returned")
loop.run_forever()
show("run_forever returned")
