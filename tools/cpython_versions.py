#!/usr/bin/env python3
"""Runs the kit (features and properties) against asyncio on every CPython found, and prints the
per-version table of docs/cpython-versions.md.

    python3 tools/cpython_versions.py [PYTHON ...]

Without arguments it tries Debian's /usr/bin/python3 and every pyenv CPython 3.8+
(~/.pyenv/versions/3.*/bin/python3). Each interpreter gets one Maven run:
    mvn -B verify -pl features,property-tests -Dtck.loop=python:asyncio -Dtck.python=PYTHON
and the table counts what the Surefire reports say. The kit must be installed first
(mvn -B install -Dtck.skipTestRuns=true). Run it from the repository root.
"""

import glob
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

REPORTS = {"scenarios": "features/target/surefire-reports/TEST-dev.asynciotck.features.RunFeaturesTest.xml",
           "properties": "property-tests/target/surefire-reports/TEST-dev.asynciotck.properties.RunPropertiesTest.xml"}


def interpreters(args):
    if args:
        return args
    found = ["/usr/bin/python3"] if os.path.exists("/usr/bin/python3") else []
    for path in sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.*/bin/python3")),
                       key=lambda p: [int(x) for x in re.findall(r"\d+", p.split("versions/")[1])[:3]]):
        if tuple(int(x) for x in re.findall(r"\d+", path.split("versions/")[1])[:2]) >= (3, 8):
            found.append(path)
    return found


def version(python):
    return subprocess.run([python, "-c", "import platform; print(platform.python_version())"],
                          capture_output=True, text=True, check=True).stdout.strip()


def counts(report):
    """(run, passed, failed, skipped, skip reasons) of one Surefire XML report."""
    suite = ET.parse(report).getroot()
    cases = suite.findall("testcase")
    failed = [c for c in cases if c.find("failure") is not None or c.find("error") is not None]
    skipped = [c for c in cases if c.find("skipped") is not None]
    reasons = {}  # reason -> [clause ids, number of skipped checks]
    for c in skipped:
        element = c.find("skipped")
        text = (element.get("message") or element.text or "skipped").strip().splitlines()[0]
        text = re.sub(r"^[\w.]+Exception: (skipped: )?", "", text)
        text = re.sub(r",? the loop under test runs on .*$", "", text)
        gated = re.match(r"clause (\S+) (holds for Python .*)$", text)
        reason = gated.group(2) if gated else text
        entry = reasons.setdefault(reason, [set(), 0])
        entry[1] += 1
        if gated:
            entry[0].add(gated.group(1))
    described = {}
    for reason, (clauses, count) in reasons.items():
        listed = ", ".join(sorted(clauses)) if len(clauses) <= 6 else "%d clauses" % len(clauses)
        described[reason + (": " + listed if clauses else "")] = count
    return len(cases), len(cases) - len(failed) - len(skipped), [c.get("name") for c in failed], len(skipped), described


def main(argv):
    rows = []
    for python in interpreters(argv):
        v = version(python)
        for report in REPORTS.values():
            if os.path.exists(report):
                os.remove(report)
        proc = subprocess.run(["mvn", "-B", "verify", "-pl", "features,property-tests",
                               "-Dtck.loop=python:asyncio", "-Dtck.python=" + python],
                              capture_output=True, text=True)
        cells = []
        for what, report in REPORTS.items():
            if not os.path.exists(report):
                cells.append("no report (mvn exit %d)" % proc.returncode)
                continue
            run, passed, failed, skipped, reasons = counts(report)
            cell = "%d/%d passed" % (passed, run)
            if skipped:
                cell += ", %d skipped (%s)" % (skipped, "; ".join("%d: %s" % (n, r) for r, n in reasons.items()))
            if failed:
                cell += ", **%d failed**: %s" % (len(failed), "; ".join(failed))
            cells.append(cell)
        rows.append("| %s (`%s`) | %s | %s |" % (v, python.replace(os.path.expanduser("~"), "~"), *cells))
        print(rows[-1], flush=True)
    print()
    print("| CPython | scenarios | properties |")
    print("|---|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
