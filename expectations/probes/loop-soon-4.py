"""LOOP-SOON-4: call_soon_threadsafe returns a Handle, whose cancel() prevents the call."""
from _loop import new_loop, show

loop = new_loop()
handle = loop.call_soon_threadsafe(show, "called")
show("call_soon_threadsafe returned", type(handle).__name__)
if handle is not None:
    handle.cancel()
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
