"""TASK-RESULT-2: a KeyboardInterrupt raised by a task's coroutine ends the task and leaves
run_until_complete at once, before the next ready callback; the loop runs on when run again."""
import asyncio

from _loop import new_loop, show, give_up_after

give_up_after(10, "the probe did not end")
loop = new_loop()


async def bad():
    show("bad runs")
    raise KeyboardInterrupt("stop")


def later():
    show("later")


async def main():
    loop.call_soon(later)
    await asyncio.sleep(0)
    show("main resumes")


t = loop.create_task(bad())
m = loop.create_task(main())
try:
    loop.run_until_complete(m)
    show("run_until_complete returned")
except KeyboardInterrupt as e:
    show("from run_until_complete", e)
show("bad done", t.done())
show("main done", m.done())
