"""PROC-PIPE-1: a second piped process, once the first has ended, gives its output too, whether or
not the program still holds the first. Run twice: with the first process kept alive, and with the
program's last reference to it dropped (rebinding proc, as the scenarios do)."""
from _loop import new_loop, show
import asyncio

loop = new_loop()
PIPE, DEVNULL = asyncio.subprocess.PIPE, asyncio.subprocess.DEVNULL
SCRIPT = "echo out; echo err >&2; exit 4"


async def main(keep):
    kept = []
    proc = await asyncio.create_subprocess_exec("sh", "-c", SCRIPT, stdout=PIPE, stderr=PIPE)
    show("first", await proc.communicate())
    if keep:
        kept.append(proc)
    proc = await asyncio.create_subprocess_exec("sh", "-c", SCRIPT, stdout=PIPE, stderr=DEVNULL)
    try:
        show("second", await asyncio.wait_for(proc.communicate(), 3))
    except asyncio.TimeoutError:
        show("second", "communicate() did not return within 3 s")

for keep in (True, False):
    show("the first process kept alive", keep)
    loop.run_until_complete(main(keep))
loop.close()
