"""SIGNAL-HANDLER-2: a signal that comes before the loop runs calls its handler once it runs."""
from _loop import new_loop, show
import signal

loop = new_loop()


def handler():
    show("the handler ran")
    loop.stop()


loop.add_signal_handler(signal.SIGUSR1, handler)
signal.raise_signal(signal.SIGUSR1)
show("raised while the loop is not running")
loop.call_later(2, lambda: (show("no handler 2 s after run_forever started"), loop.stop()))
loop.run_forever()
loop.remove_signal_handler(signal.SIGUSR1)
loop.close()
