"""LOOP-TIMER-8: call_later and call_at accept int and float delays, and the timers run."""
from _loop import new_loop, show

loop = new_loop()
for delay in (0, 0.0015, 0.002):
    try:
        loop.call_later(delay, show, "call_later(%r) ran" % delay)
    except Exception as e:
        show("call_later(%r) raised" % delay, e)
loop.call_later(1, loop.stop)
loop.run_forever()
loop.close()
