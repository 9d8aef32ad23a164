"""SIGNAL-CHECK-1: add_signal_handler() refuses a coroutine function, in and out of debug mode."""
from _loop import new_loop, show
import signal


async def handler():
    pass

loop = new_loop()
try:
    loop.add_signal_handler(signal.SIGUSR1, handler)
    show("add_signal_handler(coroutine function)", "installed")
except TypeError as e:
    show("add_signal_handler(coroutine function)", repr(e))
show("remove_signal_handler", loop.remove_signal_handler(signal.SIGUSR1))
loop.close()
