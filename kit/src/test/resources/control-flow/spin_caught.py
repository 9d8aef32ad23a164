async def f():
    try:
        while True:
            await asyncio.sleep(0)
    except BaseException:
        record("caught")
    record("after")

loop.run_until_complete(f())
