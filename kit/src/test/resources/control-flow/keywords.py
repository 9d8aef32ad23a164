def cb(x):
    record("cb", x)

async def work(n):
    await asyncio.sleep(delay=0)
    return n

async def main():
    r = await asyncio.sleep(delay=0.001, result="slept")
    record("sleep", r)
    t = asyncio.create_task(coro=work(1), name="t")
    r = await asyncio.wait_for(fut=t, timeout=1)
    record("wait_for", [r, t.get_name()])
    done = await asyncio.wait(fs=[loop.create_task(work(2))], timeout=1, return_when=asyncio.FIRST_COMPLETED)
    record("wait", len(done))
    r = await asyncio.gather(work(3), work(4), return_exceptions=True)
    record("gather", r)
    r = await asyncio.shield(arg=work(5))
    record("shield", r)
    q = asyncio.Queue(maxsize=1)
    await q.put(item=1)
    r = q.get_nowait()
    record("queue", r)
    s = asyncio.Semaphore(value=2)
    b = asyncio.BoundedSemaphore(value=1)
    c = asyncio.Condition(lock=asyncio.Lock())
    record("sync", [s.locked(), b.locked(), c.locked()])
    await asyncio.sleep(0)

loop.run_until_complete(main())
