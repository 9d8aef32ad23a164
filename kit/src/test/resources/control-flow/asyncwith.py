async def body_raises(lock):
    try:
        async with lock as bound:
            record("inside", [bound, lock.locked()])
            raise ValueError("boom")
    except ValueError as e:
        record("caught", [e, lock.locked()])

async def leaves_early(lock):
    for i in range(3):
        async with lock:
            if i == 0:
                continue
            if i == 1:
                break
    record("after loop", [i, lock.locked()])
    async with lock:
        return lock.locked()

async def nested(lock, sem):
    async with sem:
        async with lock:
            record("both held", [lock.locked(), sem.locked()])
        record("lock released", [lock.locked(), sem.locked()])
    record("both released", [lock.locked(), sem.locked()])

async def waits(lock, name):
    async with lock:
        record("holds", name)
        await asyncio.sleep(0)
        record("releases", name)

async def main():
    lock = asyncio.Lock()
    await body_raises(lock)
    r = await leaves_early(lock)
    record("returned", [r, lock.locked()])
    await nested(lock, asyncio.Semaphore(1))
    a = loop.create_task(waits(lock, "a"))
    b = loop.create_task(waits(lock, "b"))
    await asyncio.gather(a, b)
    try:
        async with 5:
            record("never")
    except TypeError as e:
        record("not a manager", e)

loop.run_until_complete(main())
