"""WATCH-REMOVE-2: remove_reader() and remove_writer() return whether the socket was watched."""
from _loop import new_loop, show
import socket

loop = new_loop()
a, b = socket.socketpair()
show("remove_reader, never added", repr(loop.remove_reader(a)))
loop.add_reader(a, print)
show("remove_reader, added", repr(loop.remove_reader(a)))
loop.add_writer(a, print)
show("remove_writer, added", repr(loop.remove_writer(a)))
show("remove_writer, removed", repr(loop.remove_writer(a)))
loop.close()
a.close()
b.close()
