"""LOOP-SOON-5: call_soon on a closed loop raises RuntimeError('Event loop is closed')."""
from _loop import new_loop, show

loop = new_loop()
loop.close()
try:
    loop.call_soon(show, "called")
    show("call_soon returned")
except RuntimeError as e:
    show("call_soon raised", e)
