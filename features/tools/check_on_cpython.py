#!/usr/bin/env python3
"""Check the kit's Gherkin scenarios against a real Python event loop (CPython asyncio by default).

Every scenario of the kit is a *program* in the scenario language (spec/language.md), whose text
form is a subset of Python. This script reads the .feature files and runs each program with the
Python driver (drivers/python): the driver's tck_text reads the program's text into its JSON form,
and the driver checks and runs it on a fresh loop, exactly as the kit runs it. The trace is
printed in the text form and compared with the trace the scenario expects, printed the same way.
It is how the expected traces are established: CPython is the ground truth.

    python3 features/tools/check_on_cpython.py                   # every feature, asyncio loop
    python3 features/tools/check_on_cpython.py --tags LOOP-SOON-1 --name order
    python3 features/tools/check_on_cpython.py --loop uvloop     # or --loop package.module:factory

Each program runs in its own driver subprocess (tck_driver.py --run -, on this interpreter) with a
time budget, so a hang or a crash is reported as that scenario's ERROR and the run goes on. A
scenario one of whose clauses (spec/clauses) holds for other Python versions than this one is
skipped, with the reason. Standard library only; Python 3.8+. Exit code 0 only if every selected
scenario passed or was skipped.
"""

import argparse
import collections
import concurrent.futures
import glob
import json
import os
import platform
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DRIVER_DIR = os.path.join(REPO, "drivers", "python")
DRIVER = os.path.join(DRIVER_DIR, "tck_driver.py")
sys.path.insert(0, DRIVER_DIR)

import tck_text  # noqa: E402
import tck_vocabulary  # noqa: E402
from tck_session import LoopSpecError, Runner  # noqa: E402


# --------------------------------------------------------------------------------------------
# Reading the features
# --------------------------------------------------------------------------------------------

class Scenario:
    def __init__(self, path, line, name, tags):
        self.path = path
        self.line = line
        self.name = name
        self.tags = tags
        self.program = None
        self.expected = None
        self.any_order = False
        self.problems = []


STEP_KEYWORDS = ("Given ", "When ", "Then ", "And ", "But ", "* ")
PROGRAM_STEP = "the program:"
TRACE_STEPS = {"the trace is:": False, "the trace, in any order, is:": True}


def read_feature(path):
    """The scenarios of one .feature file (a small line-based reader for the kit's two steps)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    scenarios = []
    feature_tags = []
    pending_tags = []
    current = None
    pending_step = None  # ("program" | "trace", any_order, line number)
    i = 0
    while i < len(lines):
        raw = lines[i]
        s = raw.strip()
        lineno = i + 1
        i += 1
        if s.startswith('"""') or s.startswith("```"):
            delim = s[:3]
            indent = len(raw) - len(raw.lstrip())
            body = []
            while i < len(lines) and lines[i].strip() != delim:
                text = lines[i]
                strip = min(indent, len(text) - len(text.lstrip()))
                body.append(text[strip:])
                i += 1
            if i >= len(lines):
                raise SyntaxError("%s:%d: unterminated doc string" % (path, lineno))
            i += 1
            if current is None or pending_step is None:
                raise SyntaxError("%s:%d: doc string without a step before it" % (path, lineno))
            kind, any_order, _ = pending_step
            content = "\n".join(body) + "\n"
            if kind == "program":
                if current.program is not None:
                    current.problems.append("line %d: a second program" % lineno)
                current.program = content
            else:
                if current.expected is not None:
                    current.problems.append("line %d: a second expected trace" % lineno)
                current.expected = content
                current.any_order = any_order
            pending_step = None
            continue
        if not s or s.startswith("#"):
            continue
        if pending_step is not None:
            current.problems.append("line %d: the step on line %d needs a doc string"
                                    % (lineno, pending_step[2]))
            pending_step = None
        if s.startswith("@"):
            pending_tags.extend(t[1:] for t in s.split())
        elif s.startswith("Feature:"):
            feature_tags, pending_tags = pending_tags, []
        elif s.startswith("Scenario:") or s.startswith("Example:"):
            current = Scenario(path, lineno, s.partition(":")[2].strip(),
                               feature_tags + pending_tags)
            pending_tags = []
            scenarios.append(current)
        elif s.startswith("Rule:"):
            pending_tags = []
        elif s.startswith(("Background:", "Scenario Outline:", "Scenario Template:",
                           "Examples:")):
            raise SyntaxError("%s:%d: '%s' is not used by the kit's features"
                              % (path, lineno, s.partition(":")[0]))
        elif s.startswith(STEP_KEYWORDS):
            step = s.partition(" ")[2].strip()
            if current is None:
                raise SyntaxError("%s:%d: step outside a scenario" % (path, lineno))
            if step == PROGRAM_STEP:
                pending_step = ("program", False, lineno)
            elif step in TRACE_STEPS:
                pending_step = ("trace", TRACE_STEPS[step], lineno)
            else:
                current.problems.append("line %d: unknown step %r" % (lineno, s))
        # anything else: description text
    if pending_step is not None:
        current.problems.append("line %d: the step needs a doc string" % pending_step[2])
    for sc in scenarios:
        if sc.program is None:
            sc.problems.append("no 'Given the program:' step")
        if sc.expected is None:
            sc.problems.append("no 'Then the trace is:' step")
    return scenarios


def find_features(root):
    found = []
    for d, _, files in os.walk(root):
        for name in files:
            if name.endswith(".feature"):
                found.append(os.path.join(d, name))
    return sorted(found)


CLAUSE_HEADING = re.compile(r"^## ([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-[0-9]+):")
PYTHON_ROW = re.compile(r"^\|\s*Python\s*\|\s*([^|]+?)\s*\|")


def clause_versions(clauses_dir):
    """{clause id: its Python range} from the clause files (spec/clauses/*.md)."""
    versions = {}
    for path in sorted(glob.glob(os.path.join(clauses_dir, "*.md"))):
        clause = None
        with open(path, encoding="utf-8") as f:
            for line in f:
                heading = CLAUSE_HEADING.match(line)
                row = PYTHON_ROW.match(line)
                if heading:
                    clause = heading.group(1)
                elif row and clause and tck_vocabulary.version_range(row.group(1)):
                    versions[clause] = row.group(1)
    return versions


# --------------------------------------------------------------------------------------------
# Checking
# --------------------------------------------------------------------------------------------

class Outcome:
    def __init__(self, scenario, status, actual=None, expected=None, detail=""):
        self.scenario = scenario
        self.status = status
        self.actual = actual
        self.expected = expected
        self.detail = detail


def first_difference(expected, actual, any_order):
    if any_order:
        missing = list((collections.Counter(expected) - collections.Counter(actual)).elements())
        extra = list((collections.Counter(actual) - collections.Counter(expected)).elements())
        if not missing and not extra:
            return None
        return "as a multiset: missing %s, unexpected %s" % (missing, extra)
    for k in range(max(len(expected), len(actual))):
        e = expected[k] if k < len(expected) else "<end of trace>"
        a = actual[k] if k < len(actual) else "<end of trace>"
        if e != a:
            return "first difference at event %d: expected %r, actual %r" % (k + 1, e, a)
    return None


def skip_reason(sc, versions, args):
    """Why the scenario does not apply to this interpreter (or this run: a @long check without
    --long), or None."""
    if "long" in sc.tags and not args.long:
        return "a long check (@long), run only with --long"
    if platform.python_implementation() != "CPython":
        return None
    for tag in sc.tags:
        if tag in versions and not tck_vocabulary.in_range(versions[tag]):
            return "clause %s holds for Python %s, this is %s" % (
                tag, versions[tag], platform.python_version())
    return None


def budget(sc, args):
    """The scenario's time budget: a stress check (@stress) has the vocabulary's factor times more,
    a long one (@long) its long factor."""
    if "long" in sc.tags:
        return args.budget * tck_vocabulary.LONG_BUDGET_FACTOR
    return args.budget * (tck_vocabulary.STRESS_BUDGET_FACTOR if "stress" in sc.tags else 1)


def run_scenario(sc, args, versions):
    if sc.problems:
        return Outcome(sc, "ERROR", detail="; ".join(sc.problems))
    reason = skip_reason(sc, versions, args)
    if reason:
        return Outcome(sc, "SKIP", detail=reason)
    try:
        expected = tck_text.trace_lines(tck_text.trace_json(sc.expected))
    except tck_text.TextError as e:
        return Outcome(sc, "ERROR", detail="expected trace %s" % e)
    try:
        program = tck_text.program_json(sc.program)
    except tck_text.TextError as e:
        return Outcome(sc, "ERROR", expected=expected, detail="invalid program: %s" % e)
    cmd = [sys.executable, DRIVER, "--loop", args.loop, "--run", "-"]
    try:
        proc = subprocess.run(cmd, input=json.dumps(program), capture_output=True, text=True,
                              timeout=budget(sc, args))
    except subprocess.TimeoutExpired:
        return Outcome(sc, "ERROR", expected=expected,
                       detail="no result within the time budget of %gs" % budget(sc, args))
    if proc.returncode == 1 and proc.stderr.startswith("invalid program: "):
        return Outcome(sc, "ERROR", expected=expected, detail=proc.stderr.strip())
    try:
        actual = tck_text.trace_lines(json.loads(proc.stdout))
    except (ValueError, KeyError, TypeError):
        return Outcome(sc, "ERROR", expected=expected,
                       detail="the driver crashed (exit code %s):\n%s"
                       % (proc.returncode, proc.stderr.strip()))
    diff = first_difference(expected, actual, sc.any_order)
    if diff is None:
        return Outcome(sc, "PASS", actual, expected)
    return Outcome(sc, "FAIL", actual, expected, diff)


def indent(text, pad="      "):
    return "\n".join(pad + line if line else line for line in text.rstrip("\n").splitlines())


def report_problem(o, root):
    sc = o.scenario
    where = os.path.relpath(sc.path, root)
    print("")
    print("  %s %s" % (o.status, sc.name))
    print("    at %s:%d" % (where, sc.line))
    print("    tags: %s" % " ".join("@" + t for t in sc.tags))
    if sc.program:
        print("    program:")
        print(indent(sc.program))
    if o.expected is not None:
        print("    expected%s:" % (" (in any order)" if sc.any_order else ""))
        print(indent("\n".join(o.expected)) if o.expected else "      <empty>")
    if o.actual is not None:
        print("    actual:")
        print(indent("\n".join(o.actual)) if o.actual else "      <empty>")
    if o.detail:
        print("    " + o.detail.replace("\n", "\n    "))
    print("")


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Run the kit's Gherkin scenarios as real Python on a real event loop and "
                    "compare each trace with the expected one.")
    parser.add_argument("features", nargs="?",
                        default=os.path.join(REPO, "features", "src", "main", "resources",
                                             "features"),
                        help="directory searched for .feature files (default: %(default)s)")
    parser.add_argument("--loop", default="asyncio",
                        help="asyncio (asyncio.new_event_loop, default), uvloop, or "
                             "module:callable returning a new loop")
    parser.add_argument("--budget", type=float, default=10.0,
                        help="seconds each program may take (default %(default)s)")
    parser.add_argument("--tags", action="append", default=[],
                        help="run only scenarios carrying this tag (with or without @; "
                             "repeat or comma-separate for any of several)")
    parser.add_argument("--name", help="run only scenarios whose name contains this text")
    parser.add_argument("--long", action="store_true",
                        help="run the long checks (@long) too, with the vocabulary's "
                             "stress.long_budget_factor times the budget")
    parser.add_argument("--jobs", type=int, default=1,
                        help="scenarios run at the same time (default 1)")
    args = parser.parse_args(argv)
    try:
        Runner(args.loop)
    except LoopSpecError as e:
        parser.error(str(e))
    root = args.features
    if not os.path.isdir(root):
        parser.error("no such directory: %s" % root)
    scenarios = []
    for path in find_features(root):
        try:
            scenarios.extend(read_feature(path))
        except SyntaxError as e:
            print("ERROR reading feature: %s" % (e.msg or e))
            return 2
    wanted = set(t.lstrip("@") for group in args.tags for t in group.split(",") if t)
    if wanted:
        scenarios = [s for s in scenarios if wanted & set(s.tags)]
    if args.name:
        scenarios = [s for s in scenarios if args.name in s.name]
    versions = clause_versions(os.path.join(REPO, "spec", "clauses"))
    print("%d scenarios from %s on Python %s, loop %s"
          % (len(scenarios), root, platform.python_version(), args.loop))
    counts = collections.Counter()
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        futures = [pool.submit(run_scenario, sc, args, versions) for sc in scenarios]
        for fut in futures:
            o = fut.result()
            counts[o.status] += 1
            where = "%s:%d" % (os.path.relpath(o.scenario.path, root), o.scenario.line)
            print("%-5s %s  (%s)" % (o.status, o.scenario.name, where))
            if o.status == "SKIP":
                print("      " + o.detail)
            elif o.status != "PASS":
                report_problem(o, root)
            sys.stdout.flush()
    summary = "%d passed, %d failed" % (counts["PASS"], counts["FAIL"])
    if counts["ERROR"]:
        summary += ", %d errors" % counts["ERROR"]
    if counts["SKIP"]:
        summary += ", %d skipped" % counts["SKIP"]
    print(summary)
    return 0 if counts["PASS"] + counts["SKIP"] == len(scenarios) else 1


if __name__ == "__main__":
    sys.exit(main())
