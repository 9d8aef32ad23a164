"""The driver's own tests (tck_driver.py --self-test): programs with traces observed on CPython
3.11 asyncio, and the protocol spoken by a driver subprocess. Last line: 'N passed, N failed'."""

import asyncio
import json
import os
import subprocess
import sys
import warnings

from tck_program import InvalidProgram
from tck_session import Runner


# -- building programs ---------------------------------------------------------------------

def n(x): return {"name": x}
def c(v): return {"const": v}
def call(f, *args, **kwargs):
    return dict({"call": f, "args": list(args)}, **({"kwargs": kwargs} if kwargs else {}))
def at(obj, name): return {"attr": name, "of": obj}
def m(obj, method, *args, **kwargs): return call(at(obj, method), *args, **kwargs)
def do(e): return {"op": "expr", "value": e}
def let(target, e): return {"op": "assign", "target": target, "value": e}
def wait_for(e, target=None):
    return dict({"op": "await", "value": e}, **({"target": target} if target else {}))
def rec(label, *value): return do(call(n("record"), c(label), *value))
def fn(name, params, *body, is_async=False):
    return {"def": name, "params": params, "body": list(body), "async": is_async}
def prog(main, *functions):
    return {"format": "asyncio-tck-program/1", "functions": list(functions), "main": main}


LOOP = n("loop")
RUN_FOREVER_AFTER_STOP = [do(m(LOOP, "call_soon", at(LOOP, "stop"))),
                          do(m(LOOP, "run_forever"))]
SAY = fn("say", ["word"], rec("said", n("word")))
SLEEPER = fn("sleeper", ["d"], wait_for(m(n("asyncio"), "sleep", n("d"))),
             rec("woke", n("d")), is_async=True)
BOOM = fn("boom", [], {"op": "raise", "value": call(n("ValueError"), c("boom"))})
ERR = lambda t, msg: {"error": t, "message": msg}  # noqa: E731
REF = lambda name, t: {"ref": name, "type": t}  # noqa: E731

# (name, program, expected trace without times); each trace was observed on CPython 3.11.
PROGRAMS = [
    ("call_soon runs callbacks in order, with their arguments",
     prog([do(m(LOOP, "call_soon", n("say"), c("a"))), do(m(LOOP, "call_soon", n("say"), c("b")))]
          + RUN_FOREVER_AFTER_STOP, SAY),
     {"events": [{"label": "said", "value": "a"}, {"label": "said", "value": "b"}]}),
    ("a task's result, and objects named by their first variable or Type#n",
     prog([let("t", m(LOOP, "create_task", call(n("sleeper"), c(0)))),
           let("u", n("t")),
           do(m(LOOP, "run_until_complete", n("t"))),
           rec("result", {"tuple": [m(n("t"), "result"), n("u"), m(LOOP, "create_future"),
                                    m(LOOP, "create_future")]}),
           rec("done", {"list": [m(n("t"), "done"), c(None), c(1.5), {"set": [c(2), c(1)]}]})],
          SLEEPER),
     {"events": [{"label": "woke", "value": 0},
                 {"label": "result", "value": {"tuple": [None, REF("t", "Task"),
                                                         REF("Future#1", "Future"),
                                                         REF("Future#2", "Future")]}},
                 {"label": "done", "value": [True, None, 1.5, {"set": [1, 2]}]}]}),
    ("a failing callback reaches the handler; a non-finite float; raised",
     prog([do(m(LOOP, "call_soon", n("boom"))), rec("after")] + RUN_FOREVER_AFTER_STOP
          + [rec("inf", {"binop": "*", "left": c(1e308), "right": c(10.0)}),
             do(m(LOOP, "close")),
             do(m(LOOP, "run_until_complete", call(n("sleeper"), c(0))))], BOOM, SLEEPER),
     {"events": [{"label": "after"}, {"kind": "handler", "value": ERR("ValueError", "boom")},
                 {"label": "inf", "value": {"float": "inf"}}],
      "raised": ERR("RuntimeError", "Event loop is closed")}),
    ("try/except/finally, cancellation, gather and wait",
     prog([let("t", m(LOOP, "create_task", call(n("guarded")))),
           do(m(LOOP, "call_later", c(0.001), at(n("t"), "cancel"))),
           let("g", m(n("asyncio"), "gather", n("t"),
                         call(n("sleeper"), c(0)), return_exceptions=c(True))),
           rec("gathered", m(LOOP, "run_until_complete", n("g"))),
           let("w", m(LOOP, "run_until_complete", m(n("asyncio"), "wait", {"list": [n("t")]}))),
           rec("waited", n("w"))],
          SLEEPER,
          fn("guarded", [], {"op": "try", "body": [wait_for(m(n("asyncio"), "sleep", c(10)))],
                             "handlers": [{"types": ["ValueError", "asyncio.CancelledError"],
                                           "name": "e", "body": [rec("caught", n("e")),
                                                                 {"op": "raise"}]}],
                             "finally": [rec("finally")]}, is_async=True)),
     {"events": [{"label": "woke", "value": 0},
                 {"label": "caught", "value": ERR("CancelledError", "")},
                 {"label": "finally"},
                 {"label": "gathered", "value": [ERR("CancelledError", ""), None]},
                 {"label": "waited", "value": {"tuple": [{"set": [REF("t", "Task")]},
                                                         {"set": []}]}}]}),
]

INVALID = [
    (prog([do(call(n("lop")))]), "at /main/0/value/call/name: name 'lop' is not defined"),
    (prog([do(m(LOOP, "run"))]), "at /main/0/value/call/attr: '.run' is not a method"),
    (prog([wait_for(c(1))]), "at /main/0: 'await' is only allowed inside 'async def'"),
    (prog([{"op": "goto"}]), "at /main/0/op: unknown statement 'goto'"),
    (prog([let("f", m(LOOP, "create_future")), do(m(n("f"), "get_name"))]),
     "at /main/1/value/call: 'get_name' is not a method of a future"),
    (prog([do(m(LOOP, "call_soon", n("bad")))] + RUN_FOREVER_AFTER_STOP,
          fn("bad", [], rec("!x"))),
     "at run time: record(): the label must be a string not starting with '!'"),
]


def strip_times(trace):
    out = dict(trace)
    out["events"] = [dict((k, v) for k, v in e.items() if k != "time") for e in trace["events"]]
    del out["format"]
    return out


def program_tests(runner):
    for name, program, expected in PROGRAMS:
        for attempt in ("", " (again, in the same process)"):
            actual = strip_times(runner.run(json.loads(json.dumps(program))))
            yield name + attempt, actual == expected, "expected %s\nactual   %s" % (
                json.dumps(expected), json.dumps(actual))
    for program, message in INVALID:
        try:
            outcome = "a trace: %s" % json.dumps(runner.run(program))
        except InvalidProgram as e:
            outcome = str(e)
        yield "invalid: " + message, outcome.startswith(message), "got " + outcome
    leftovers = prog([do(m(LOOP, "create_task", call(n("sleeper"), c(100)))),
                      do(call(n("thread_after"), c(0.05), n("say"), c("late")))]
                     + RUN_FOREVER_AFTER_STOP, SAY, SLEEPER)
    runner.run(leftovers)
    again = strip_times(runner.run(PROGRAMS[0][1]))
    yield "leftover tasks and threads do not reach the next program", \
        again == PROGRAMS[0][2], json.dumps(again)


# -- the protocol, against a driver subprocess ---------------------------------------------

def session(driver, lines, kit_hello=None, args=(), stderr=None):
    """(hello, answers, exit status) of a driver fed the kit's hello and then lines; the
    driver's stderr is appended to the list stderr, if given."""
    hello = kit_hello or {"type": "hello", "protocol": 1}
    text = "\n".join([json.dumps(hello)] + lines) + "\n"
    proc = subprocess.run([sys.executable, driver] + list(args), input=text.encode(),
                          capture_output=True, timeout=60)
    if stderr is not None:
        stderr.append(proc.stderr.decode(errors="replace"))
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    return out[0], out[1:], proc.returncode


_FIRST_PROCESS = []


def loop_failing_in_workers():
    """A loop factory (--loop tck_selftest:loop_failing_in_workers) whose every call in another
    process than the first caller's (the driver's) ends that process with status 7."""
    if not _FIRST_PROCESS:
        _FIRST_PROCESS.append(os.getpid())
    if os.getpid() != _FIRST_PROCESS[0]:
        os._exit(7)
    return asyncio.new_event_loop()


def protocol_tests(driver):
    ok = prog([rec("hi")])
    run = lambda rid, p: {"id": rid, "budget": 5, "program": p}  # noqa: E731
    hello, answers, status = session(driver, [
        json.dumps(dict(run("r1", ok), type="run")),
        "not json",
        json.dumps({"type": "launch"}),
        json.dumps({"type": "run", "id": "r2", "budget": -1, "program": ok}),
        json.dumps({"type": "batch", "runs": [run("b1", ok), run("b2", prog([do(n("x"))]))]}),
        json.dumps({"type": "bye"}),
        json.dumps(dict(run("never", ok), type="run"))])
    yield "handshake: the driver's hello", hello.get("type") == "hello" and hello.get(
        "protocol") == 1 and "threads" in hello.get("capabilities", []), json.dumps(hello)
    kinds = [(a["type"], a.get("id")) for a in answers]
    yield "run, errors for malformed lines, batch in order, nothing after bye", kinds == [
        ("result", "r1"), ("error", None), ("error", None), ("error", "r2"),
        ("result", "b1"), ("result", "b2")], json.dumps(answers)
    yield "a run's trace", answers[0].get("trace", {}).get("events", [{}])[0].get(
        "label") == "hi", json.dumps(answers[0])
    yield "an error names the problem", "budget" in answers[3].get("message", ""), \
        json.dumps(answers[3])
    yield "an invalid program is an invalid result", answers[5].get("invalid", "").startswith(
        "at /main/0/value/name: name 'x'"), json.dumps(answers[5])
    yield "bye: exit status 0", status == 0, "exit status %s" % status
    sleepy = prog([do(m(LOOP, "run_until_complete", call(n("sleeper"), c(0.02))))]
                  + [rec("woke")], SLEEPER)
    hello, answers, status = session(driver, [
        json.dumps({"type": "batch", "parallel": 8,
                    "runs": [run("p%d" % i, sleepy) for i in range(16)]}),
        json.dumps({"type": "batch", "parallel": 0, "runs": [run("z", ok)]})])
    yield "parallel batch: one result per run, all traced", sorted(
        a.get("id") for a in answers[:16]) == sorted("p%d" % i for i in range(16)) and all(
        [e["label"] for e in a["trace"]["events"]] == ["woke", "woke"] for a in answers[:16]), \
        json.dumps(answers)
    yield "parallel 0: an error about the batch", [a["type"] for a in answers[16:]] == [
        "error"] and "parallel" in answers[16]["message"], json.dumps(answers[16:])
    if hasattr(os, "fork"):
        errors = []
        hello, answers, status = session(driver, [json.dumps(
            {"type": "batch", "parallel": 4, "runs": [run("d%d" % i, ok) for i in range(4)]})],
            args=["--loop", "tck_selftest:loop_failing_in_workers"], stderr=errors)
        yield "a worker process that dies: exit status 4, the worker named on stderr", \
            status == 4 and answers == [] and "exit code 7" in errors[0], \
            "exit status %s, answers %s, stderr %s" % (status, json.dumps(answers), errors[0])
    hello, answers, status = session(driver, [], {"type": "hello", "protocol": 2})
    yield "another protocol version: an error, exit status 3", status == 3 and [
        a["type"] for a in answers] == ["error"], "%s, exit status %s" % (answers, status)


def main(driver):
    warnings.filterwarnings("ignore", "coroutine .* was never awaited", RuntimeWarning)
    passed = failed = 0
    runner = Runner("asyncio")
    for test, ok, detail in list(program_tests(runner)) + list(protocol_tests(driver)):
        print(("PASS  " if ok else "FAIL  ") + test)
        if not ok:
            print("      " + detail.replace("\n", "\n      "))
        passed, failed = passed + ok, failed + (not ok)
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1
