"""SIGNAL-REMOVE-1: remove_signal_handler() returns True when the loop had a handler, running or
not."""
from _loop import new_loop, show
import asyncio
import signal

loop = new_loop()
loop.add_signal_handler(signal.SIGUSR2, print)
show("added and removed while not running", loop.remove_signal_handler(signal.SIGUSR2))


async def main():
    loop.add_signal_handler(signal.SIGUSR2, print)
    show("added and removed while running", loop.remove_signal_handler(signal.SIGUSR2))

loop.run_until_complete(main())
show("removed again", loop.remove_signal_handler(signal.SIGUSR2))
loop.close()
