"""SIGNAL-CLOSED-1: add_signal_handler() on a closed loop raises RuntimeError."""
from _loop import new_loop, show
import signal

loop = new_loop()
loop.close()
try:
    show("add_signal_handler returned", repr(loop.add_signal_handler(signal.SIGUSR1, print)))
except RuntimeError as e:
    show("add_signal_handler", repr(e))
