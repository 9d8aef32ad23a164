"""WATCH-READ-1 and WATCH-WRITE-1: add_reader() and add_writer() take a socket object (as the
asyncio docs' own example does), and call the callback while the socket is ready."""
from _loop import new_loop, show
import socket

loop = new_loop()
a, b = socket.socketpair()
a.setblocking(False)
b.setblocking(False)
b.send(b"ping")


def readable():
    show("reader ran, data", a.recv(100))
    loop.remove_reader(a)
    loop.add_writer(a, writable)


def writable():
    show("writer ran", True)
    loop.remove_writer(a)
    loop.stop()


for name, callback in (("add_reader", readable),):
    try:
        getattr(loop, name)(a, callback)
        loop.run_forever()
    except TypeError as e:
        show(name + " of a socket", "TypeError: " + str(e).split(":")[-1].strip())
        try:
            loop.add_writer(a, writable)
        except TypeError as e:
            show("add_writer of a socket", "TypeError: " + str(e).split(":")[-1].strip())
loop.close()
a.close()
b.close()
