"""LOOP-TIMER-1: timers whose deadlines have already passed still run in deadline order."""
from _loop import new_loop, show

loop = new_loop()
now = loop.time()
loop.call_at(now - 0.001, show, "deadline now - 1 ms, scheduled first")
loop.call_at(now - 0.003, show, "deadline now - 3 ms, scheduled second")
loop.call_later(0.01, loop.stop)
loop.run_forever()
loop.close()
