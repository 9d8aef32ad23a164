"""LOOP-TIMER-5: call_at returns a TimerHandle, whose when() is the deadline asked for."""
from _loop import new_loop, show

loop = new_loop()
when = loop.time() + 0.01
handle = loop.call_at(when, show, "called")
show("call_at returned", type(handle).__name__)
show("it has when()", callable(getattr(handle, "when", None)))
handle.cancel()
loop.close()
