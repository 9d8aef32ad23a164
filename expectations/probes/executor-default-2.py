"""EXECUTOR-DEFAULT-2: set_default_executor() refuses anything but a ThreadPoolExecutor (3.11+)."""
from _loop import new_loop, show
import concurrent.futures

loop = new_loop()
processes = concurrent.futures.ProcessPoolExecutor(max_workers=1)
for name, candidate in [("a ProcessPoolExecutor", processes), ("None", None)]:
    try:
        loop.set_default_executor(candidate)
        show(name, "accepted")
    except TypeError as e:
        show(name, "TypeError(%r)" % str(e))
loop._default_executor = None  # what was accepted is not the loop's to shut down here
processes.shutdown()
loop.close()
