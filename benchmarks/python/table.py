"""Prints the side-by-side table of one benchmarks/run: the reference loop (JMH) and Python loops.

    python3 table.py DIR [--write FILE]

DIR holds jmh.json (JMH's JSON result of ReferenceLoopBenchmarks and BareStructureBenchmarks), one python-*.json per Python
loop (bench.py's output) and one driver-cost-*.json per Python loop (driver_cost.py's output), all
taken in the same run. Speeds are operations per second (JMH's runs
per second times the workload's ops); each ratio is the reference loop's speed over that loop's.
--write also writes the table, with the machine it was taken on, to FILE (docs/performance.md).
"""

import argparse
import glob
import json
import os
import platform
import subprocess
import sys
import time

import bench


def reference_speeds(path):
    with open(path) as f:
        results = json.load(f)
    ops = dict((w["name"], w["ops"]) for w in bench.workloads())
    ops.update((w["bare"], w["ops"]) for w in bench.workloads() if "bare" in w)
    speeds, spreads = {}, {}
    for r in results:
        name = r["benchmark"].rsplit(".", 1)[1]
        speeds[name] = r["primaryMetric"]["score"] * ops[name]  # runs/s * operations per run
        iterations = [v * ops[name] for fork in r["primaryMetric"].get("rawData", []) for v in fork]
        spreads[name] = (min(iterations), max(iterations)) if iterations else None
    return speeds, spreads, results[0]["jvm"] if results else "", results[0].get("vmVersion", "") if results else ""


def ratio(ref, theirs, ref_spread, their_rounds):
    """The ratio of the means, and the range the ratio of one measured iteration of each side
    spans (the slowest of ours over the fastest of theirs, the fastest over the slowest)."""
    if not ref or not theirs:
        return "—"
    if not ref_spread or not their_rounds:
        return "%.1f×" % (ref / theirs)
    return "%.1f× (%.1f–%.1f×)" % (ref / theirs, ref_spread[0] / max(their_rounds), ref_spread[1] / min(their_rounds))


def human(v):
    if v is None:
        return "—"
    return "%.2f M" % (v / 1e6) if v >= 1e6 else "%.0f k" % (v / 1e3)


def table(folder):
    reference, spreads, jvm, vm = reference_speeds(os.path.join(folder, "jmh.json"))
    others = []
    for path in sorted(glob.glob(os.path.join(folder, "python-*.json"))):
        with open(path) as f:
            others.append(json.load(f))
    head = ["workload", "reference", "bare Java structure (reference / bare)"] \
        + ["%s %s" % (o["loop"], o["version"]) for o in others] + ["reference / %s" % o["loop"] for o in others]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for w in bench.workloads():
        name = w["name"]
        ref = reference.get(name)
        bare = reference.get(w.get("bare"))
        row = [w["what"], human(ref), "%s: %s (%.0f %%)" % (w["bare"], human(bare), 100 * ref / bare)
               if ref and bare else "—"] + [human(o["results"].get(name)) for o in others]
        for o in others:
            row.append(ratio(ref, o["results"].get(name), spreads.get(name), o.get("rounds", {}).get(name)))
        lines.append("| " + " | ".join(row) + " |")
    pythons = sorted(set(o["python"] for o in others))
    return lines, "Java %s (%s); CPython %s" % (vm, jvm, ", ".join(pythons))


def driver_cost_table(folder):
    """The Python driver's own cost on each loop (driver_cost.py's driver-cost-*.json): a row for
    all the programs, then one per property; empty when the run measured none."""
    costs = []
    for path in sorted(glob.glob(os.path.join(folder, "driver-cost-*.json"))):
        with open(path) as f:
            costs.append(json.load(f))
    if not costs:
        return []
    head = ["programs"] + ["%s: bare, driver, driver's cost" % c["loop"] for c in costs]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]

    def cell(f):
        return "%.0f/s, %.0f/s, %+.0f %%" % (f["bare_programs_per_s"], f["driver_programs_per_s"],
                                            100 * f["driver_cost"])
    lines.append("| **all (%d runs)** | " % costs[0]["all"]["programs"]
                 + " | ".join("**%s**" % cell(c["all"]) for c in costs) + " |")
    for prop in costs[0]["properties"]:
        lines.append("| %s | " % prop + " | ".join(cell(c["properties"][prop]) if prop in c["properties"]
                                                   else "—" for c in costs) + " |")
    differs = sum(c["bare_differs"] for c in costs)
    if differs:
        lines.append("\n%d bare runs recorded other labels, or in another order, than the driver's trace (a "
                     "timer due at once in one run and not in the other can do that): their figures do "
                     "not compare the same work." % differs)
    return lines


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = ", %.0f GiB" % (kb / 1024 / 1024)
    except (OSError, ValueError, IndexError):
        pass
    return "%s, %d cores%s, %s" % (cpu, os.cpu_count() or 0, mem, platform.platform())


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--write", metavar="FILE")
    args = parser.parse_args(argv)
    lines, versions = table(args.folder)
    cost = driver_cost_table(args.folder)
    print("\n".join(lines))
    if cost:
        print("\nThe Python driver's own cost:\n" + "\n".join(cost))
    print("\n%s; %s" % (versions, machine()))
    if args.write:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                cwd=os.path.dirname(os.path.abspath(__file__))).stdout.strip()
        with open(args.write, "w") as f:
            f.write(PAGE % {"table": "\n".join(lines), "date": time.strftime("%Y-%m-%d"),
                            "cost": "\n".join(cost) if cost else "(not measured in this run)",
                            "machine": machine(), "versions": versions, "commit": commit or "unknown"})
        print("written: %s" % args.write)
    return 0


PAGE = """# Performance: the reference loop beside Python's loops

The workloads of [`benchmarks/src/main/resources/dev/asynciotck/bench/workloads.json`](../benchmarks/src/main/resources/dev/asynciotck/bench/workloads.json),
measured in one run of `benchmarks/run --write`: the reference loop with JMH
(`ReferenceLoopBenchmarks`, through the public API), CPython's asyncio and uvloop with
`benchmarks/python/bench.py` (the same workloads, the loop chosen as the Python driver chooses it).
Beside two workloads, JMH also measures their work on the bare Java structure beneath them
(`BareStructureBenchmarks`): `call_soon` on an `ArrayDeque` of callbacks, and the timers on a
`PriorityQueue`, without waiting for their deadlines. That is a ceiling, with no handle, no
context and no clock. (The loop's own context work is small: a callback scheduled without
`context=` runs in a copy of the context current when it was scheduled, as in asyncio, but the
loop only captures the context's values (`Context.capture()`, one object while they do not change)
and makes the copy as the callback runs, reusing one spare copy on the loop's thread while no
callback can hold it; it costs one allocation fewer per callback, and no store into a long-lived
object, whose write barrier cost G1 more than the copy.) The timers workload has a floor in time
too. Its last deadline comes about 1 ms after the last timer is set, and each `call_later` reads the
clock (`System.nanoTime()`, 26 ns on this machine's kvm-clock): a loop that waits for every deadline
takes at least 1 ms plus 10,000 clock readings, about 1.26 ms, so it runs at most about 7.9 M timers/s
here. uvloop does not wait for them: its `call_later` rounds the delay to whole milliseconds
(`round(delay * 1000)`, libuv's timers count milliseconds), so a delay under 0.5 ms becomes a
`call_soon` (checked on uvloop 0.17.0: `call_later(0.0004)` returns a `Handle` and runs after
0.28 ms) and the others wait for libuv's next millisecond. Its figure on this workload moves with
where those milliseconds fall (672 k and 1.18 M timers/s in two runs on 2026-12-05), and 10× of it
is beyond the floor whenever it runs over 0.79 M/s.
Speeds are operations per second, each the mean of its measured iterations (JMH's five of 1 s,
bench.py's five rounds of at least 1 s); a ratio is the reference loop's speed over that loop's,
and in brackets the range the ratio of one iteration of each side spans (the slowest of the
reference loop's over the fastest of the other loop's, then the fastest over the slowest): how much
this shared 2-core machine moves a figure within one run. These are benchmarks, not tests: nothing
asserts a time, and a figure is only compared with others of the same run.

%(table)s

## The Python driver's own cost

The same run measured what the Python driver (`drivers/python/`) spends beyond the loop, with
`benchmarks/python/driver_cost.py`, on the programs of the kit's properties
(`dev.asynciotck.bench.PropertyPrograms` writes them, 200 of each property that needs no
capability, seed 1). Each program runs, in turn, *bare* (its text as plain Python on a new loop,
compiled beforehand, `record()` appending to a list) and *through the driver* (the request line
parsed and checked, the program translated, compiled, run with its checks and its trace, the
answer encoded), one at a time on one core. The driver's cost is its time over the bare time,
minus one. Programs that wait for their timers spend most of their time waiting, in both.

%(cost)s

Taken on %(date)s at commit %(commit)s, on %(machine)s; %(versions)s.

The kit's own speed (a run of the checks, fuzzing, mutation testing, CI) is in
[kit-speed.md](kit-speed.md).
"""


if __name__ == "__main__":
    sys.exit(main())
