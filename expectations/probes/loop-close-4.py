"""LOOP-CLOSE-4: run_forever on a closed loop raises RuntimeError('Event loop is closed')."""
from _loop import new_loop, show, give_up_after

loop = new_loop()
loop.close()
give_up_after(2, "run_forever raised or returned")
try:
    loop.run_forever()
    show("run_forever returned")
except Exception as e:
    show("run_forever raised", e)
