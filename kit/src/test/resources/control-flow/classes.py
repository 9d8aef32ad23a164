class Counter:
    def __init__(self, name, start=0):
        self.name = name
        self.n = start
        record("init", [name, start])
    def tick(self, k):
        self.n = self.n + k
        ticks = ticks + 1
        record("tick", [self.name, self.n])
        return self.n
    def twice(self, k):
        self.tick(k)
        return self.tick(k)
    def fail(self):
        raise ValueError(self.name)
    async def later(self, k):
        await asyncio.sleep(0)
        return [self.name, self.tick(k)]
    async def countdown(self):
        while self.n > 0:
            await asyncio.sleep(0)
            self.n = self.n - 1
            yield self.n

class Box:
    pass

class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        record("made", transport)
    def data_received(self, data):
        self.received = self.received + [data]

class Tracker():
    def __init__(self, label):
        record("tracked", label)

async def main(c):
    r = await c.later(10)
    record("awaited", r)
    both = await asyncio.gather(c.later(1), c.later(2))
    record("gathered", both)
    c.n = 3
    async for i in c.countdown():
        record("countdown", i)

ticks = 0
a = Counter("a")
b = Counter("b", start=5)
record("counters", [a, b, a == b, a == a, a is not b, {a: 1, b: 2}[b]])
record("attributes", [a.name, a.n, b.n])
record("twice", a.twice(k=2))
a.n = 100
record("set", a.n)
loop.call_soon(a.tick, 1)
loop.call_soon(b.fail)
loop.call_soon(Tracker, "from the loop")
loop.call_soon(loop.stop)
loop.run_forever()
t = loop.create_task(main(b), name="main")
loop.run_until_complete(t)
record("b", [b.n, ticks])
box = Box()
box.item = 3
box.item = box.item + 1
box.items = [box.item, Box()]
record("box", [box.item, box.items])
try:
    record("never", box.missing)
except AttributeError as e:
    record("missing", e)
try:
    a.nope()
except AttributeError as e:
    record("no method", e)
try:
    box.other.item = box.nothing
except AttributeError as e:
    record("right side first", e)
p = Echo()
p.received = []
p.connection_made("transport")
p.data_received(b"x")
p.data_received(b"yz")
record("protocol", [p.transport, p.received])
