"""LOOP-STOP-3: stop() before run_forever runs the callbacks already scheduled once, then returns."""
from _loop import new_loop, show, give_up_after

loop = new_loop()
loop.call_soon(show, "scheduled before")
loop.stop()
give_up_after(2, "run_forever returned")
loop.run_forever()
show("run_forever returned")
