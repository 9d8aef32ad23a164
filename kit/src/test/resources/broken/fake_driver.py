"""A fake driver for the kit's tests: speaks protocol 1 and answers each run with the trace
[{"label": <program name>, "value": <pid>}], so a test sees which program each result is for and
which driver process produced it. The scripts next to it break it in one way each, and write a
line starting with "broken-driver:" on stderr when they do."""

import json
import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

LOCK = threading.Lock()


def log(message):
    sys.stderr.write("broken-driver: %s\n" % message)
    sys.stderr.flush()


def send(message):
    with LOCK:
        sys.stdout.write(json.dumps(message) + "\n")
        sys.stdout.flush()


def name_of(run):
    return run["program"].get("name") or "unnamed"


def traced(run):
    return {"type": "result", "id": run["id"],
            "trace": {"format": "asyncio-tck-trace/1",
                      "events": [{"label": name_of(run), "value": os.getpid()}]}}


def hello(protocol=1):
    return {"type": "hello", "protocol": protocol,
            "implementation": {"name": "fake", "version": "0"},
            "runtime": {"name": "cpython", "version": "3"},
            "capabilities": ["threads", "parallel-runs"], "clock_resolution": 0.001}


def serve(on_run=lambda count, run: None, after_answer=lambda count: None):
    """Speaks the protocol; on_run(count, run) may exit, hang, print, or return the answer to send
    (None: the normal trace); after_answer(count) runs after each answer. The runs of a batch
    with "parallel" above 1 run on that many threads, answered as each ends."""
    send(hello())
    kit = json.loads(sys.stdin.readline())
    if kit != {"type": "hello", "protocol": 1}:
        log("unexpected kit hello %r" % kit)
        sys.exit(3)
    count = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        msg = json.loads(line)
        if msg["type"] == "bye":
            sys.exit(0)
        runs = [msg] if msg["type"] == "run" else msg["runs"]
        if msg.get("parallel", 1) > 1:
            with ThreadPoolExecutor(max_workers=msg["parallel"]) as pool:
                for run in runs:
                    count += 1
                    pool.submit(lambda c, r: send(on_run(c, r) or traced(r)), count, run)
            continue
        for run in runs:
            count += 1
            send(on_run(count, run) or traced(run))
            after_answer(count)
    sys.exit(0)
