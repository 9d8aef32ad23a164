"""LOOP-STOP-2: a callback scheduled by the batch that calls stop() waits for the next run."""
from _loop import new_loop, show

loop = new_loop()
loop.call_soon(lambda: (loop.stop(), loop.call_soon(show, "scheduled by the stopping callback")))
loop.run_forever()
show("first run returned")
loop.call_soon(loop.stop)
loop.run_forever()
show("second run returned")
loop.close()
