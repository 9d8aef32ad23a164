"""The workloads of workloads.json on a Python event loop; prints their speeds as JSON.

    python3 bench.py [--loop asyncio|uvloop|MODULE:CALLABLE] [--rounds N] [--seconds S]

The loop is chosen as the kit's Python driver chooses it (drivers/python/tck_session.py). Each
workload runs as the reference loop's JMH benchmark of the same name does: warm-up rounds, then
--rounds rounds of at least --seconds each; its speed is the mean of the rounds, in operations per
second. A benchmark, not a test: nothing here asserts a time.
"""

import argparse
import asyncio
import json
import os
import platform
import random
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "drivers", "python"))
import tck_session  # noqa: E402  (the driver's loop selection)

WORKLOADS_JSON = os.path.join(HERE, "..", "src", "main", "resources", "dev", "asynciotck", "bench",
                              "workloads.json")


def call_soon(loop, n):
    count = 0

    def tick():
        nonlocal count
        count += 1
    for _ in range(n):
        loop.call_soon(tick)
    loop.call_soon(loop.stop)
    loop.run_forever()
    return count


def chain(loop, n):
    count = 0

    def hop():
        nonlocal count
        count += 1
        if count < n:
            loop.call_soon(hop)
        else:
            loop.stop()
    loop.call_soon(hop)
    loop.run_forever()
    return count


def timers(loop, n):
    count = 0

    def fired():
        nonlocal count
        count += 1
        if count == n:
            loop.stop()
    rnd = random.Random(42)
    for _ in range(n):
        loop.call_later(rnd.random() * 0.001, fired)
    loop.run_forever()
    return count


def futures(loop, n):
    count = 0

    def done(f):
        nonlocal count
        count += 1
    for i in range(n):
        f = loop.create_future()
        f.add_done_callback(done)
        f.set_result(i)
    loop.call_soon(loop.stop)
    loop.run_forever()
    return count


async def _returns():
    return None


def tasks_gather(loop, n):
    tasks = [loop.create_task(_returns()) for _ in range(n)]
    return len(loop.run_until_complete(asyncio.gather(*tasks)))


def sleep0(loop, n):
    async def switches():
        for _ in range(n):
            await asyncio.sleep(0)
        return n
    return loop.run_until_complete(loop.create_task(switches()))


def queue_pingpong(loop, n):
    async def pingpong():
        q = asyncio.Queue(maxsize=1)

        async def producer():
            for i in range(n):
                await q.put(i)

        async def consumer():
            for _ in range(n):
                await q.get()
            return n
        loop.create_task(producer())
        return await loop.create_task(consumer())
    return loop.run_until_complete(pingpong())


MESSAGE = b"x" * 64


class _EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.transport.write(data)


class _EchoClient(asyncio.Protocol):
    def __init__(self, trips, done):
        self.trips, self.done, self.made, self.received = trips, done, 0, 0

    def connection_made(self, transport):
        self.transport = transport
        transport.write(MESSAGE)

    def data_received(self, data):
        self.received += len(data)
        if self.received < len(MESSAGE):
            return
        self.received -= len(MESSAGE)
        self.made += 1
        if self.made == self.trips:
            self.done.set_result(self.made)
        else:
            self.transport.write(MESSAGE)


def tcp_echo(loop, n):
    server = loop.run_until_complete(loop.create_server(_EchoServer, "127.0.0.1", 0))
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, _ = loop.run_until_complete(
        loop.create_connection(lambda: _EchoClient(n, done), "127.0.0.1", port))
    trips = loop.run_until_complete(done)
    transport.close()
    server.close()
    loop.run_until_complete(server.wait_closed())
    return trips


def workloads():
    with open(WORKLOADS_JSON) as f:
        listed = json.load(f)["workloads"]
    missing = [w["name"] for w in listed if not callable(globals().get(w["name"]))]
    if missing:
        raise SystemExit("bench.py: no function for the workload(s) %s of %s"
                         % (", ".join(missing), WORKLOADS_JSON))
    return listed


def speed(loop, fn, ops, rounds, seconds):
    """The speed of each round, ops / (time of one run), each round at least `seconds` long."""
    def one_round():
        runs, start = 0, time.perf_counter()
        while True:
            done = fn(loop, ops)
            if done != ops:
                raise SystemExit("bench.py: %s did %r operations, not %d" % (fn.__name__, done, ops))
            runs += 1
            elapsed = time.perf_counter() - start
            if elapsed >= seconds:
                return runs * ops / elapsed
    for _ in range(3):  # warm-up, as JMH's
        one_round()
    return [one_round() for _ in range(rounds)]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--loop", default="asyncio", metavar="asyncio|uvloop|MODULE:CALLABLE")
    parser.add_argument("--rounds", type=int, default=5, help="measured rounds (default 5)")
    parser.add_argument("--seconds", type=float, default=1.0, help="seconds per round (default 1)")
    args = parser.parse_args(argv)
    try:
        factory, version, _ = tck_session.loop_factory(args.loop)
    except tck_session.LoopSpecError as e:
        raise SystemExit("bench.py: %s" % e)
    results, rounds = {}, {}
    for w in workloads():
        loop = factory()
        try:
            measured = speed(loop, globals()[w["name"]], w["ops"], args.rounds, args.seconds)
            rounds[w["name"]] = measured
            results[w["name"]] = sum(measured) / len(measured)  # the mean, as JMH's score
        finally:
            loop.close()
        print("bench.py: %s on %s: %.0f/s" % (w["name"], args.loop, results[w["name"]]), file=sys.stderr)
    print(json.dumps({"loop": args.loop, "version": version, "python": platform.python_version(),
                      "results": results, "rounds": rounds}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
