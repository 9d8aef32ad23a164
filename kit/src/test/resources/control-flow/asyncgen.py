async def counter(n, label):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        record("finally", label)

async def ignores():
    try:
        yield 1
    except GeneratorExit:
        record("caught exit")
    yield 2

async def raises_stop():
    yield 1
    raise StopAsyncIteration

async def fails():
    yield 1
    raise ValueError("inside")

async def slow():
    await asyncio.sleep(0.01)
    yield "slow"

async def bare():
    yield
    return

async def step(g):
    async for x in g:
        return x

async def main():
    async for x in counter(3, "three"):
        record("item", x)
    g = counter(5, "five")
    async for x in g:
        if x == 0:
            continue
        if x == 2:
            break
        record("kept", x)
    record("after break", x)
    await g.aclose()
    record("closed")
    async for x in g:
        record("never", x)
    r = await g.aclose()
    record("closed again", r)
    await counter(2, "unstarted").aclose()
    record("aclose unstarted")
    i = ignores()
    r = await step(i)
    record("first", r)
    try:
        await i.aclose()
    except RuntimeError as e:
        record("ignored", e)
    try:
        async for x in raises_stop():
            record("r", x)
    except RuntimeError as e:
        record("raised stop", e)
    try:
        async for x in fails():
            record("f", x)
    except ValueError as e:
        record("failed", e)
    s = slow()
    t = loop.create_task(step(s))
    await asyncio.sleep(0)
    try:
        await step(s)
    except RuntimeError as e:
        record("concurrent", e)
    r = await t
    record("t", r)
    try:
        await s.aclose()
    except RuntimeError as e:
        record("concurrent aclose", e)
    await s.aclose()
    async for x in bare():
        record("bare", x)
    try:
        async for x in 5:
            pass
    except TypeError as e:
        record("not async iterable", e)

loop.run_until_complete(main())
