"""LOOP-TIMER-7: a zero-delay timer runs on a later iteration, also while callbacks keep the loop busy."""
from _loop import new_loop, show

loop = new_loop()


def step(n):
    if n == 1:
        loop.call_later(0, show, "zero-delay timer")
    if n < 8:
        loop.call_soon(step, n + 1)
    else:
        show("chain of 8 callbacks done")
        loop.stop()

loop.call_soon(step, 1)
loop.run_forever()
show("run_forever returned")
loop.close()
