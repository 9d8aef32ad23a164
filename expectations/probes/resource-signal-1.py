"""RESOURCE-SIGNAL-1: close() removes the signal handlers a program left to it: the process no
longer catches those signals (SigCgt of /proc/self/status, Linux)."""
from _loop import new_loop, show
import signal


def caught(sig):
    with open("/proc/self/status") as status:
        mask = [int(line.split()[1], 16) for line in status if line.startswith("SigCgt:")][0]
    return bool(mask >> (sig - 1) & 1)


show("SIGUSR2 caught before", caught(signal.SIGUSR2))
loop = new_loop()
loop.add_signal_handler(signal.SIGUSR2, print)
show("SIGUSR2 caught with a handler", caught(signal.SIGUSR2))
loop.close()
show("SIGUSR2 caught after close()", caught(signal.SIGUSR2))
show("its Python handler after close()", "SIG_DFL" if signal.getsignal(signal.SIGUSR2) == signal.SIG_DFL else "another")
