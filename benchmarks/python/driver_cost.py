"""The Python driver's own cost, on the programs of the kit's properties; prints it as JSON.

    python3 driver_cost.py --programs FILE [--loop asyncio|uvloop|MODULE:CALLABLE] [--rounds N]

FILE holds the programs, one JSON object per line (dev.asynciotck.bench.PropertyPrograms writes
it: {"property", "program", "text"}). Each round runs every program twice on a new loop of the
implementation, in turn:

- bare: the program's text as plain Python (each function declares global the names it assigns,
  as the scenario language has it), compiled before the clock starts, with record() appending to a
  list: what the loop and Python spend running the program;
- driver: what the driver does for a run of a batch: it parses the request line, checks it,
  translates and compiles the program, runs it with its checks and its trace, and encodes the
  answer line.

The driver's cost is driver time / bare time - 1, over all the programs and per property. A bare
run that records other labels than the driver's trace is counted in "bare_differs" (the two did
not do the same work). A benchmark, not a test: nothing here asserts a time.
"""

import argparse
import ast
import asyncio
import builtins
import gc
import json
import os
import platform
import sys
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "drivers", "python"))
import tck_driver  # noqa: E402
import tck_session  # noqa: E402


def plain(text):
    """The program's text compiled as plain Python: each function declares global the names it
    assigns, other than its parameters."""
    tree = ast.parse(text)
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            a = node.args
            params = {p.arg for p in a.posonlyargs + a.args + a.kwonlyargs}
            assigned = sorted({n.id for n in ast.walk(node)
                               if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)} - params)
            if assigned:
                node.body.insert(0, ast.Global(names=assigned))
    return compile(ast.fix_missing_locations(tree), "<program>", "exec")


def run_bare(code, factory):
    """Runs a compiled program on a new loop; returns the labels it recorded."""
    events = []
    loop = factory()
    scope = {"__builtins__": builtins, "__name__": "__main__", "asyncio": asyncio, "loop": loop,
             "record": lambda label, *value: events.append((label, value))}
    try:
        exec(code, scope)
    except BaseException:  # noqa: B036 (a program may end by raising; so does its driver run)
        pass
    finally:
        if not loop.is_closed():
            loop.close()
        scope.clear()  # as the driver does: the program's tasks go now, not at the next collection
    return [label for label, _ in events]


def run_driver(runner, line):
    """What the driver does for one run of a batch; returns the answer."""
    run = tck_driver.check_run(tck_driver.parse_line(line), "run", ("type",) + tck_driver.RUN_KEYS)
    answer = tck_driver.result_message(runner, run)
    tck_driver.encode_line(answer)
    return answer


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--programs", required=True, metavar="FILE")
    parser.add_argument("--loop", default="asyncio", metavar="asyncio|uvloop|MODULE:CALLABLE")
    parser.add_argument("--rounds", type=int, default=3, help="measured rounds (default 3)")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore", "coroutine .* was never awaited", RuntimeWarning)
    runner = tck_session.Runner(args.loop)
    programs = []
    with open(args.programs, encoding="utf-8") as f:
        for n, line in enumerate(f):
            p = json.loads(line)
            request = tck_driver.encode_line({"type": "run", "id": "p%d" % n, "budget": 10,
                                              "program": p["program"]})
            programs.append((p["property"], plain(p["text"]), request.rstrip(b"\n")))
    by_property = {}
    differs = 0
    for r in range(args.rounds + 1):  # the first round warms up and is not counted
        for prop, code, line in programs:
            t0 = time.perf_counter()
            labels = run_bare(code, runner.factory)
            bare = time.perf_counter() - t0
            # Outside the clock: the tasks a bare run leaves pending (asyncio.run would have
            # cancelled them) live in cycles, and would slow the driver's asyncio.all_tasks().
            gc.collect()
            t0 = time.perf_counter()
            answer = run_driver(runner, line)
            driver = time.perf_counter() - t0
            if r == 0:
                traced = [e["label"] for e in answer.get("trace", {}).get("events", [])
                          if not e["label"].startswith("!")]
                differs += traced != labels
                continue
            times = by_property.setdefault(prop, [0, 0.0, 0.0])
            times[0] += 1
            times[1] += bare
            times[2] += driver

    def figures(count, bare, driver):
        return {"programs": count, "bare_programs_per_s": count / bare,
                "driver_programs_per_s": count / driver, "driver_cost": driver / bare - 1}

    total = [sum(t[i] for t in by_property.values()) for i in range(3)]
    print(json.dumps({
        "loop": args.loop, "implementation": runner.name, "version": runner.version,
        "python": platform.python_version(), "rounds": args.rounds, "bare_differs": differs,
        "all": figures(*total),
        "properties": {p: figures(*t) for p, t in by_property.items()}}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
