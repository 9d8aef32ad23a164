"""DEBUG-THREAD-1: in debug mode call_soon from another thread, while the loop runs, raises
RuntimeError('Non-thread-safe operation invoked on an event loop other than the current one')."""
import threading
from _loop import new_loop, show

loop = new_loop()


async def main():
    loop.set_debug(True)
    done = loop.create_future()

    def from_thread():
        try:
            loop.call_soon(lambda: None)
            outcome = "accepted"
        except RuntimeError as e:
            outcome = "RuntimeError: %s" % e
        loop.call_soon_threadsafe(done.set_result, outcome)

    threading.Timer(0.01, from_thread).start()
    show("call_soon from another thread", await done)
    loop.set_debug(False)

loop.run_until_complete(main())
loop.close()
