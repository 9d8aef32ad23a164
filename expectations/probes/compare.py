#!/usr/bin/env python3
"""Runs the probe of every entry of expectations files on CPython's asyncio and on the file's loop,
and shows both outputs: the evidence that each listed deviation is real.

    python3 expectations/probes/compare.py expectations/python-gbulb.yaml [...]

Each probe is run as `PYTHON PROBE asyncio` and `PYTHON PROBE LOOP`, LOOP being the file's `loop:`
without its `python:` prefix. An entry whose probe prints the same on both, or that has no probe,
is reported, and the exit status is 1. Run it with the Python that has the loops installed
(Debian's /usr/bin/python3); quamash needs QT_QPA_PLATFORM=offscreen.
"""

import os
import subprocess
import sys

BUDGET = 30  # seconds a probe may take


def entries(path):
    """(loop, [(key, probe)]) of an expectations file, read line by line (the kit checks the format)."""
    loop, out, key = None, [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            text = line.split("#", 1)[0].strip()
            if text.startswith("loop:"):
                loop = text.split(":", 1)[1].strip()
            elif text.startswith("- clause:") or text.startswith("- check:"):
                key = text.split(":", 1)[1].strip()
                out.append([key, None])
            elif text.startswith("probe:") and out:
                out[-1][1] = text.split(":", 1)[1].strip()
    return loop, out


def run(probe, loop):
    try:
        done = subprocess.run([sys.executable, probe, loop], capture_output=True, text=True, timeout=BUDGET)
        return (done.stdout + ("" if done.returncode == 0 else "(exit %d) %s" % (done.returncode, done.stderr.strip().splitlines()[-1:])))
    except subprocess.TimeoutExpired as e:
        return (e.stdout or b"").decode() + "(still running after %d s: stopped)" % BUDGET


def main():
    failed = 0
    for path in sys.argv[1:]:
        loop, listed = entries(path)
        if loop is None or not loop.startswith("python:"):
            print("%s: no python: loop to compare with" % path)
            failed += 1
            continue
        loop = loop[len("python:"):]
        folder = os.path.dirname(os.path.abspath(path))
        for key, probe in listed:
            if probe is None:
                print("%s %s: no probe" % (path, key))
                failed += 1
                continue
            script = os.path.join(folder, probe)
            on_asyncio, on_loop = run(script, "asyncio"), run(script, loop)
            same = on_asyncio == on_loop
            failed += same
            print("== %s %s (%s): %s" % (os.path.basename(path), key, probe,
                                          "SAME OUTPUT: the probe shows no deviation" if same else "differs"))
            print("   asyncio %s:" % sys.version.split()[0])
            print("".join("     " + l + "\n" for l in on_asyncio.splitlines()), end="")
            print("   %s:" % loop)
            print("".join("     " + l + "\n" for l in on_loop.splitlines()), end="")
    print("%d probe(s) without a deviation shown" % failed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
