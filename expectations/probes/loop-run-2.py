"""LOOP-RUN-2: while it runs, the loop is its thread's running loop."""
from _loop import new_loop, show
import asyncio

loop = new_loop()


def callback():
    loop.stop()
    try:
        show("get_running_loop() is the loop", asyncio.get_running_loop() is loop)
    except RuntimeError as e:
        show("get_running_loop() raised", e)

loop.call_soon(callback)
loop.run_forever()
loop.close()
