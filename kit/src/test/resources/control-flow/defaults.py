def describe(a, b=None, c="c"):
    record("args", [a, b, c])
    return a

async def work(n, twice=False):
    if twice:
        return n * 2
    return n

async def main():
    describe(1)
    describe(1, 2)
    describe(1, c=3)
    describe(b=2, a=1)
    describe(1, 2, 3)
    r = await work(5)
    record("work", r)
    r = await work(5, twice=True)
    record("work twice", r)
    loop.call_soon(describe, 7)
    await asyncio.sleep(0)

loop.run_until_complete(main())
