"""DEBUG-CHECK-1: in debug mode call_soon, call_later, call_at, call_soon_threadsafe and
run_in_executor refuse a coroutine function with TypeError("coroutines cannot be used with M()")."""
from _loop import new_loop, show

loop = new_loop()


async def job():
    pass

loop.set_debug(True)
for name, call in [("call_soon", lambda: loop.call_soon(job)),
                   ("call_later", lambda: loop.call_later(0.01, job)),
                   ("call_at", lambda: loop.call_at(loop.time() + 0.01, job)),
                   ("run_in_executor", lambda: loop.run_in_executor(None, job))]:
    try:
        handle = call()
        show(name, "accepted")
        if hasattr(handle, "cancel"):
            handle.cancel()
    except TypeError as e:
        show(name, str(e))
loop.set_debug(False)
loop.close()
