"""SIGNAL-NUMBER-1: an invalid signal number raises ValueError('invalid signal number N'),
SIGKILL RuntimeError('sig 9 cannot be caught')."""
from _loop import new_loop, show
import signal

loop = new_loop()
for sig in (0, 1000, signal.SIGKILL):
    try:
        loop.add_signal_handler(sig, print)
        show("add_signal_handler(%d)" % sig, "installed")
    except (ValueError, RuntimeError) as e:
        show("add_signal_handler(%d)" % sig, repr(e))
try:
    show("remove_signal_handler(1000)", loop.remove_signal_handler(1000))
except ValueError as e:
    show("remove_signal_handler(1000)", repr(e))
loop.close()
