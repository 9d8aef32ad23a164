#!/usr/bin/env python3
"""Runs the whole kit on every seeded-bug loop (seeded-bugs/python/seeded_bugs) and prints the
table of docs/seeded-bug-sweep.md (on stdout; each row also on stderr as it comes): per seeded loop, the root causes the kit reports and the
clauses they explain, then the median count of root causes.

    python3 tools/seeded_bug_sweep.py [--jobs N] [--python PATH] [MODULE ...]

The seeded-bug proof (mvn -B verify, seeded-bugs/) runs only the checks of a clause and of the
clauses it relies on; this sweep runs every check, so that it shows what else a seeded bug breaks
and whether the kit pins that on the right clause. Each run is ./tck run, with the package on the
driver's PYTHONPATH; the reports land in target/seeded-bug-sweep/MODULE/. Run it from the
repository root, with the kit built (./tck builds it when needed).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

PACKAGE_FOLDER = "seeded-bugs/python"
REPORTS = "target/seeded-bug-sweep"


def modules(names):
    if names:
        return names
    folder = os.path.join(PACKAGE_FOLDER, "seeded_bugs")
    return sorted(f[:-3] for f in os.listdir(folder) if f.endswith(".py") and not f.startswith("_"))


def clause_of(module):
    return module.upper().replace("_", "-")


def sweep(module, python):
    report = os.path.join(REPORTS, module)
    env = dict(os.environ, PYTHONPATH=os.path.abspath(PACKAGE_FOLDER))
    done = subprocess.run(["./tck", "run", "--loop", "python:seeded_bugs.%s:new_event_loop" % module,
                           "--python", python, "--report", report],
                          env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        with open(os.path.join(report, "summary.json"), encoding="utf-8") as f:
            summary = json.load(f)
    except OSError:
        return module, done.returncode, None, done.stdout.splitlines()[-5:]
    return module, done.returncode, summary, None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="runs at once (default: the cores)")
    parser.add_argument("--python", default="/usr/bin/python3", help="the driver's Python (default: /usr/bin/python3)")
    parser.add_argument("modules", nargs="*", help="seeded-bug modules (default: all)")
    args = parser.parse_args()
    subprocess.run(["./tck", "--version"], check=True, stdout=subprocess.DEVNULL)  # builds once, before the runs
    names = modules(args.modules)
    counts = []
    rows = []
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for module, exit_code, summary, tail in pool.map(lambda m: sweep(m, args.python), names):
            clause = clause_of(module)
            if summary is None:
                rows.append("| %s | exit %d, no summary: %s | | |" % (clause, exit_code, " / ".join(tail)))
                print(rows[-1], file=sys.stderr, flush=True)
                continue
            verdict = next((c.get("verdict") for c in summary.get("clauses", []) if c.get("id") == clause), None)
            if verdict == "skipped":  # e.g. a 3.13+ clause on a 3.11 driver: its checks did not run
                rows.append("| %s | not run: its checks skip on %s | | |" % (clause, args.python))
                print(rows[-1], file=sys.stderr, flush=True)
                continue
            roots = summary.get("rootCauses", [])
            ids = [r["clause"] for r in roots]
            explained = sorted({e for r in roots for e in r.get("explains", [])})
            counts.append(len(ids))
            mark = "yes" if clause in ids else "**no**"
            rows.append("| %s | %s | %d: %s | %s |" % (clause, mark, len(ids), ", ".join(ids) or "none",
                                                       ", ".join(explained) or ""))
            print(rows[-1], file=sys.stderr, flush=True)
    print("# The whole kit on every seeded-bug loop\n")
    print("Made by `python3 tools/seeded_bug_sweep.py` (the driver's Python: %s): for each seeded-bug"
          % args.python)
    print("loop of `seeded-bugs/`, the root causes the kit reports when it runs every check on it, and the")
    print("failing clauses they explain. The seeded clause must be a root cause; ideally the only one.\n")
    print("| seeded bug of | a root cause | root causes reported | clauses they explain |")
    print("|---|---|---|---|")
    for row in rows:
        print(row)
    if counts:
        print()
        print("%d seeded loops; median root causes per loop: %s; own clause a root cause: %d of %d"
              % (len(counts), statistics.median(counts), sum(1 for r in rows if "| yes |" in r),
                 sum(1 for r in rows if "| not run:" not in r)))


if __name__ == "__main__":
    main()
