"""DEBUG-SLOW-1: in debug mode, a callback that runs longer than slow_callback_duration (0.1 s by
default) is logged as a warning on asyncio's logger, "Executing <handle> took N seconds"; not with
debug mode off. Callbacks only (no coroutine), so that nothing else of the loop is needed."""
from _loop import new_loop, show
import logging
import re
import time

records = []


class Keep(logging.Handler):
    def emit(self, record):
        message = re.sub(r"<.*>", "<...>", record.getMessage())
        records.append("%s %s" % (record.levelname, re.sub(r"[0-9]+\.[0-9]+", "N", message)))


logging.getLogger("asyncio").addHandler(Keep())
logging.getLogger("asyncio").propagate = False
loop = new_loop()
show("slow_callback_duration", loop.slow_callback_duration)


def slow():
    time.sleep(0.15)


loop.set_debug(True)
loop.call_soon(slow)
loop.call_soon(loop.stop)
loop.run_forever()
show("in debug mode", records)
loop.set_debug(False)
loop.call_soon(slow)
loop.call_soon(loop.stop)
loop.run_forever()
show("with debug mode off", records)
loop.close()
