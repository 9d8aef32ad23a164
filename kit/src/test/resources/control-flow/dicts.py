async def work(n):
    await asyncio.sleep(0)
    return n

async def main():
    d = {"a": 1, 2: [3], (1, "x"): None}
    record("display", d)
    record("get", [d["a"], d[2], d[(1, "x")]])
    d["b"] = 2
    d["a"] = 10
    d[1.0] = "one"
    d[True] = "true"
    record("set", d)
    record("len", len(d))
    for k in d:
        record("key", k)
    record("list", list(d))
    record("equal", [d == {"a": 10}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == {}])
    record("truth", [not {}, not d])
    t = loop.create_task(work(5), name="t")
    results = {}
    r = await t
    results[t.get_name()] = r
    results["empty"] = {}
    record("results", results)
    l = [1, 2, 3]
    l[0] = 7
    l[-1] = 9
    record("items", [l[0], l[-1], l[True], (4, 5)[1], [[1, 2]][0][1]])
    try:
        record("missing", d["nope"])
    except KeyError as e:
        record("KeyError", e)
    try:
        record("missing", d[(1, 2)])
    except LookupError as e:
        record("LookupError", e)
    try:
        record("index", l[3])
    except IndexError as e:
        record("IndexError", e)
    try:
        l[-4] = 0
    except IndexError as e:
        record("IndexError", e)
    try:
        record("tuple", (1,)[1])
    except IndexError as e:
        record("IndexError", e)
    try:
        d[[1]] = 0
    except TypeError as e:
        record("TypeError", e)
    try:
        record("key", {(1, [2]): 0})
    except TypeError as e:
        record("TypeError", e)
    try:
        record("index", l["a"])
    except TypeError as e:
        record("TypeError", e)
    try:
        n = None
        record("sub", n[0])
    except TypeError as e:
        record("TypeError", e)
    record("string", ["abé"[2], "abc"[-3]])
    try:
        record("string", "abc"[3])
    except IndexError as e:
        record("IndexError", e)
    seen = []
    for x in l:
        l[2] = 0
        seen = seen + [x]
    record("live list", seen)
    try:
        for k in d:
            d["new"] = k
    except RuntimeError as e:
        record("RuntimeError", e)
    for k in d:
        d[k] = 0
    record("values set in a for", d)
    try:
        x = (1, 2)
        x[0] = 3
    except TypeError as e:
        record("TypeError", e)

loop.run_until_complete(main())
