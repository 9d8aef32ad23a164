async def spin(f):
    while not f.done():
        await asyncio.sleep(0)
    record("done", f.result())

async def each():
    for d in [0, 0.001]:
        r = await asyncio.sleep(d, d)
        record("slept", r)

f = loop.create_future()
loop.call_soon(f.set_result, 7)
loop.run_until_complete(spin(f))
loop.run_until_complete(each())
