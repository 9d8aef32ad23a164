"""WATCH-CLOSED-1: add_reader() and add_writer() on a closed loop raise RuntimeError."""
from _loop import new_loop, show
import socket

loop = new_loop()
a, b = socket.socketpair()
loop.close()
for name in ("add_reader", "add_writer"):
    try:
        show(name + " returned", repr(getattr(loop, name)(a, print)))
    except RuntimeError as e:
        show(name, repr(e))
a.close()
b.close()
