"""SIGNAL-CHILD-1: SIGCHLD takes a handler like any catchable signal."""
from _loop import new_loop, show
import signal

loop = new_loop()
try:
    loop.add_signal_handler(signal.SIGCHLD, show, "the SIGCHLD handler ran")
    show("add_signal_handler(SIGCHLD)", "installed")
    show("remove_signal_handler(SIGCHLD)", loop.remove_signal_handler(signal.SIGCHLD))
except (RuntimeError, ValueError) as e:
    show("add_signal_handler(SIGCHLD)", repr(e))
loop.close()
