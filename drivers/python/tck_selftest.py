"""The driver's own tests (tck_driver.py --self-test): programs with traces observed on CPython
3.11 asyncio, the protocol spoken by a driver subprocess, network programs on the loop under test
(loopback only), executors and threads on the loop under test, and the vocabulary's conformance: the
driver accepts exactly the names of spec/vocabulary.json, and each exists on the real objects of
the loop under test. Last line: 'N passed, N failed'."""

import asyncio
import builtins
import concurrent.futures
import contextvars
import gc
import importlib
import inspect
import json
import keyword
import os
import signal
import re
import socket
import subprocess
import sys
import tempfile
import threading
import warnings

import tck_program
import tck_resources
import tck_session
import tck_text
import tck_vocabulary as vocabulary
from tck_program import InvalidProgram
from tck_session import Runner, StepBudgetExceeded, WrongKind


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
def dct(*pairs): return {"dict": [list(p) for p in pairs]}
def sub(e, index): return {"subscript": e, "index": index}
def bts(latin1): return {"bytes": latin1}
def setitem(e, index, value): return {"op": "setitem", "of": e, "index": index, "value": value}
def catch(body, error, *handler):
    return {"op": "try", "body": body,
            "handlers": [{"types": [error], "name": "e", "body": list(handler)}]}
def fn(name, params, *body, is_async=False):
    return {"def": name, "params": params, "body": list(body), "async": is_async}
def prog(main, *functions, classes=()):
    out = {"format": "asyncio-tck-program/1", "functions": list(functions)}
    if classes:
        out["classes"] = list(classes)
    out["main"] = main
    return out
def cls(name, bases, *methods):
    return {"class": name, "bases": list(bases), "methods": list(methods)}
def setattr_(e, attr, value): return {"op": "setattr", "of": e, "attr": attr, "value": value}


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
    ("if/else, for over a range with continue, while with break through a finally",
     prog([{"op": "for", "target": "i", "iter": call(n("range"), c(3)), "body": [
               {"op": "if", "test": {"compare": "==", "left": n("i"), "right": c(1)},
                "body": [{"op": "continue"}], "else": [rec("i", n("i"))]}]},
           {"op": "while", "test": c(True), "body": [
               {"op": "try", "body": [{"op": "break"}], "finally": [rec("finally")]}]}]),
     {"events": [{"label": "i", "value": 0}, {"label": "i", "value": 2}, {"label": "finally"}]}),
    ("dicts and subscripts: d[k], d[k] = v (naming nothing, no global), len, for over the keys, "
     "l[-1], KeyError, IndexError",
     prog([let("d", dct((c("a"), c(1)))),
           rec("a", sub(n("d"), c("a"))),
           setitem(n("d"), c("b"), c(2)),
           do(call(n("put"), c("f"), m(LOOP, "create_future"))),
           rec("d", n("d")),
           rec("len", call(n("len"), n("d"))),
           {"op": "for", "target": "k", "iter": n("d"), "body": [rec("k", n("k"))]},
           let("l", {"list": [c(1), c(2), c(3)]}),
           setitem(n("l"), c(0), dct()),
           rec("last", sub(n("l"), c(-1))),
           rec("l", n("l")),
           catch([rec("never", sub(n("d"), c("x")))], "KeyError", rec("missing", n("e"))),
           catch([rec("never", sub(n("l"), c(5)))], "IndexError", rec("index", n("e"))),
           rec("nested", sub(dct(({"tuple": [c(1), c("t")]}, dct((c("k"), {"list": [c(None)]}))),
                                 (c(2.5), sub(n("l"), c(0)))), {"tuple": [c(1), c("t")]}))],
          fn("put", ["key", "value"], setitem(n("d"), n("key"), n("value")))),
     {"events": [{"label": "a", "value": 1},
                 {"label": "d", "value": {"dict": [["a", 1], ["b", 2],
                                                   ["f", REF("Future#1", "Future")]]}},
                 {"label": "len", "value": 3},
                 {"label": "k", "value": "a"}, {"label": "k", "value": "b"},
                 {"label": "k", "value": "f"},
                 {"label": "last", "value": 3},
                 {"label": "l", "value": [{"dict": []}, 2, 3]},
                 {"label": "missing", "value": ERR("KeyError", "'x'")},
                 {"label": "index", "value": ERR("IndexError", "list index out of range")},
                 {"label": "nested", "value": {"dict": [["k", [None]]]}}]}),
    ("bytes: a literal (a character U+0000..U+00FF per byte), len, b[i], +, *, list, ==, <, a key; "
     "IndexError, TypeError",
     prog([let("b", bts("ab\x00\xff")),
           rec("b", n("b")),
           rec("len", call(n("len"), n("b"))),
           rec("first", sub(n("b"), c(0))),
           rec("last", sub(n("b"), c(-1))),
           rec("plus", {"binop": "+", "left": n("b"), "right": bts("c")}),
           rec("times", {"binop": "*", "left": n("b"), "right": c(2)}),
           rec("list", call(n("list"), bts("ab"))),
           rec("eq", {"compare": "==", "left": n("b"), "right": c("ab")}),
           rec("lt", {"compare": "<", "left": bts("a"), "right": bts("b")}),
           rec("key", sub(dct((bts("k"), c(1))), bts("k"))),
           catch([rec("never", sub(n("b"), c(9)))], "IndexError", rec("index", n("e"))),
           catch([rec("never", sub(n("b"), c("x")))], "TypeError", rec("type", n("e"))),
           catch([rec("never", {"binop": "+", "left": n("b"), "right": c("a")})], "TypeError",
                 rec("concat", n("e")))]),
     {"events": [{"label": "b", "value": {"bytes": "ab\x00\xff"}},
                 {"label": "len", "value": 4},
                 {"label": "first", "value": 97},
                 {"label": "last", "value": 255},
                 {"label": "plus", "value": {"bytes": "ab\x00\xffc"}},
                 {"label": "times", "value": {"bytes": "ab\x00\xffab\x00\xff"}},
                 {"label": "list", "value": [97, 98]},
                 {"label": "eq", "value": False},
                 {"label": "lt", "value": True},
                 {"label": "key", "value": 1},
                 {"label": "index", "value": ERR("IndexError", "index out of range")},
                 {"label": "type", "value": ERR("TypeError", "byte indices must be integers or "
                                                            "slices, not str")},
                 {"label": "concat", "value": ERR("TypeError", "can't concat str to bytes")}]}),
    ("classes: __init__ and methods, instance attributes read and written (no global bound), a "
     "bound method as call_soon's callback, an async method awaited from a task, an instance in "
     "a trace",
     prog([let("c", call(n("Counter"), c(1))),
           do(m(n("c"), "tick", c(2))),
           do(m(LOOP, "call_soon", at(n("c"), "tick"), c(3)))] + RUN_FOREVER_AFTER_STOP
          + [let("t", m(LOOP, "create_task", m(n("c"), "later", c("x")))),
             do(m(LOOP, "run_until_complete", n("t"))),
             rec("later", m(n("t"), "result")),
             rec("c", {"list": [n("c"), at(n("c"), "n"), n("total")]})],
          classes=[cls("Counter", [],
                       fn("__init__", ["self", "start"], setattr_(n("self"), "n", n("start"))),
                       fn("tick", ["self", "k"],
                          setattr_(n("self"), "n", {"binop": "+", "left": at(n("self"), "n"),
                                                    "right": n("k")}),
                          let("total", at(n("self"), "n")),
                          rec("tick", at(n("self"), "n"))),
                       fn("later", ["self", "x"], wait_for(m(n("asyncio"), "sleep", c(0))),
                          {"op": "return", "value": {"list": [at(n("self"), "n"), n("x")]}},
                          is_async=True))]),
     {"events": [{"label": "tick", "value": 3}, {"label": "tick", "value": 6},
                 {"label": "later", "value": [6, "x"]},
                 {"label": "c", "value": [{"object": "Counter"}, 6, 6]}]}),
    ("classes: class Box: pass, setattr at module level (the right side first), AttributeError "
     "for a missing attribute, a protocol's callbacks (its own, and its base's that do nothing)",
     prog([let("b", call(n("Box"))),
           setattr_(n("b"), "item", c(3)),
           setattr_(n("b"), "item", {"binop": "+", "left": at(n("b"), "item"), "right": c(1)}),
           rec("item", at(n("b"), "item")),
           catch([rec("never", at(n("b"), "missing"))], "AttributeError", rec("missing", n("e"))),
           catch([setattr_(at(n("b"), "other"), "item", at(n("b"), "nothing"))], "AttributeError",
                 rec("right side first", n("e"))),
           let("p", call(n("Echo"))),
           do(m(n("p"), "connection_made", c("transport"))),
           rec("protocol", {"list": [at(n("p"), "transport"), m(n("p"), "eof_received"),
                                     call(n("isinstance"), n("p"), n("Echo"))]})],
          classes=[cls("Box", []),
                   cls("Echo", ["asyncio.Protocol"],
                       fn("connection_made", ["self", "transport"],
                          setattr_(n("self"), "transport", n("transport"))))]),
     {"events": [{"label": "item", "value": 4},
                 {"label": "missing", "value": ERR("AttributeError",
                                                   "'Box' object has no attribute 'missing'")},
                 {"label": "right side first",
                  "value": ERR("AttributeError", "'Box' object has no attribute 'nothing'")},
                 {"label": "protocol", "value": ["transport", None, True]}]}),
]

INVALID = [
    (prog([do(call(n("lop")))]), "at /main/0/value/call/name: name 'lop' is not defined"),
    (prog([do(m(LOOP, "run"))]), "at /main/0/value/call: 'run' is not a method of the loop"),
    (prog([do(m(LOOP, "runs"))]), "at /main/0/value/call/attr: '.runs' is not a method"),
    (prog([wait_for(c(1))]), "at /main/0: 'await' is only allowed inside 'async def'"),
    (prog([{"op": "goto"}]), "at /main/0/op: unknown statement 'goto'"),
    (prog([{"op": "if", "test": c(True), "body": [{"op": "break"}]}]),
     "at /main/0/body/0: 'break' outside a loop"),
    (prog([{"op": "yield", "value": c(1)}]),
     "at /main/0: 'yield' is only allowed inside 'async def' (an asynchronous generator)"),
    (prog([], {"def": "g", "async": True, "body": [{"op": "yield"}, {"op": "return", "value": c(1)}]}),
     "at /functions/0/body/1: 'return' with value in async generator 'g' (it yields at /functions/0/body/0)"),
    (prog([let("f", m(LOOP, "create_future")), do(m(n("f"), "get_name"))]),
     "at /main/1/value/call: 'get_name' is not a method of a future"),
    (prog([do(m(LOOP, "call_soon", n("bad")))] + RUN_FOREVER_AFTER_STOP,
          fn("bad", [], rec("!x"))),
     "at run time: record(): the label must be a string not starting with '!'"),
    (prog([let("d", {"dict": [[c("a"), c(1)], [c("b")]]})]),
     "at /main/0/value/dict/1: expected a [key, value] pair of expressions, got [{'const': 'b'}]"),
    (prog([let("d", {"dict": {"a": c(1)}})]),
     "at /main/0/value/dict: expected an array of [key, value] pairs"),
    (prog([let("d", dct()), rec("a", {"subscript": n("d")})]),
     "at /main/1/value/args/1: missing \"index\" in a 'subscript' expression"),
    (prog([let("d", dct()), setitem(n("d"), {"subscript": n("d"), "slice": c(1)}, c(2))]),
     "at /main/1/index: unknown key \"slice\" in a 'subscript' expression"),
    (prog([let("d", dct()), {"op": "setitem", "of": n("d"), "value": c(1)}]),
     "at /main/1: missing \"index\" in a 'setitem' statement"),
    (prog([rec("b", bts("ab\x00\u20ac"))]),
     "at /main/0/value/args/1/bytes: a bytes literal holds characters U+0000 to U+00FF, one per "
     "byte; got U+20AC at index 3"),
    (prog([let("b", {"bytes": 98})]), "at /main/0/value/bytes: expected a string, got 98"),
    (prog([], classes=[cls("E", ["asyncio.Queue"])]),
     "at /classes/0/bases/0: a class's base is one of asyncio.BaseProtocol, asyncio.Protocol, "
     "asyncio.DatagramProtocol, or none; got 'asyncio.Queue'"),
    (prog([], classes=[cls("E", ["asyncio.Protocol", "asyncio.BaseProtocol"])]),
     "at /classes/0/bases: a class has at most one base (one of asyncio.BaseProtocol, "
     "asyncio.Protocol, asyncio.DatagramProtocol), got 2"),
    (prog([], classes=[cls("E", [], fn("m", [], {"op": "pass"}))]),
     "at /classes/0/methods/0/params: method 'm' takes no parameter; its first parameter is the "
     "instance (self)"),
    (prog([], classes=[cls("E", [], fn("m", ["self"], {"op": "pass"}),
                           fn("m", ["self"], {"op": "pass"}))]),
     "at /classes/0/methods/1/def: method 'm' is already defined at /classes/0/methods/0"),
    (prog([], classes=[cls("E", []), cls("E", [])]),
     "at /classes/1/class: 'E' is already defined at /classes/0; give each function and class "
     "its own name"),
    (prog([], SAY, classes=[cls("say", [])]),
     "at /classes/0/class: 'say' is already defined at /functions/0; give each function and class "
     "its own name"),
    (prog([], classes=[{"class": "E", "methods": [], "body": []}]),
     'at /classes/0: unknown key "body" in a class definition; its keys are class, bases, methods'),
    (prog([], classes=[cls("E", [], fn("m", ["self", "x"], let("x", c(1))))]),
     "at /classes/0/methods/0/body/0/target: assignment to parameter 'x'"),
    (prog([], classes=[cls("E", [], fn("__eq__", ["self", "o"], {"op": "pass"}))]),
     "at /classes/0/methods/0/def: '__eq__': in a class, names starting with '__' are not in the "
     "scenario language"),
    (prog([rec("d", at(call(n("E")), "__dict__"))], classes=[cls("E", [])]),
     "at /main/0/value/args/1/attr: '.__dict__': attribute names starting with '__' are not in "
     "the scenario language"),
    (prog([rec("p", at(n("asyncio"), "Protocol"))]),
     "at /main/0/value/args/1: asyncio.Protocol is used only as the base of a program's class "
     "(class P(asyncio.Protocol):)"),
    (prog([let("f", m(LOOP, "create_future")), setattr_(n("f"), "x", c(1))]),
     "at /main/1/of: attributes are set on instances of the program's classes only, not on a "
     "'Future' value"),
    (prog([let("f", m(LOOP, "create_future")), rec("x", at(n("f"), "x"))]),
     "at /main/1/value/args/1/attr: '.x' is not a method or attribute in the scenario language"),
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
    try:
        outcome = "a trace: %s" % json.dumps(runner.run(prog([{"op": "while", "test": c(True),
                                                               "body": [{"op": "pass"}]}])))
    except StepBudgetExceeded as e:
        outcome = str(e)
    yield "a while that never ends runs out of steps", \
        "step budget of %d iterations" % vocabulary.STEP_BUDGET in outcome, outcome
    leftovers = prog([do(m(LOOP, "create_task", call(n("sleeper"), c(100)))),
                      do(call(n("thread_after"), c(0.05), n("say"), c("late")))]
                     + RUN_FOREVER_AFTER_STOP, SAY, SLEEPER)
    runner.run(leftovers)
    again = strip_times(runner.run(PROGRAMS[0][1]))
    yield "leftover tasks and threads do not reach the next program", \
        again == PROGRAMS[0][2], json.dumps(again)


# -- the text forms ------------------------------------------------------------------------

SAY_TEXT = """def say(word):
    record("said", word)

loop.call_soon(say, "a")
loop.call_soon(say, "b")
loop.call_soon(loop.stop)
loop.run_forever()
"""
DICT_TEXT = """def put(key, value):
    d[key] = value

d = {"a": 1}
record("a", d["a"])
d["b"] = 2
put("f", loop.create_future())
record("d", d)
record("len", len(d))
for k in d:
    record("k", k)
l = [1, 2, 3]
l[0] = {}
record("last", l[-1])
record("l", l)
try:
    record("never", d["x"])
except KeyError as e:
    record("missing", e)
try:
    record("never", l[5])
except IndexError as e:
    record("index", e)
record("nested", {(1, "t"): {"k": [None]}, 2.5: l[0]}[(1, "t")])
"""
DICT_TRACE_TEXT = ["a: 1", "d: {'a': 1, 'b': 2, 'f': Future#1}", "len: 3", "k: 'a'", "k: 'b'",
                   "k: 'f'", "last: 3", "l: [{}, 2, 3]", "missing: KeyError(\"'x'\")",
                   "index: IndexError('list index out of range')", "nested: {'k': [None]}"]
BYTES_TEXT = """b = b"ab\\x00\\xff"
record("b", b)
record("len", len(b))
record("first", b[0])
record("last", b[-1])
record("plus", b + b"c")
record("times", b * 2)
record("list", list(b"ab"))
record("eq", b == "ab")
record("lt", b"a" < b"b")
record("key", {b"k": 1}[b"k"])
try:
    record("never", b[9])
except IndexError as e:
    record("index", e)
try:
    record("never", b["x"])
except TypeError as e:
    record("type", e)
try:
    record("never", b + "a")
except TypeError as e:
    record("concat", e)
"""
BYTES_TRACE_TEXT = ["b: b'ab\\x00\\xff'", "len: 4", "first: 97", "last: 255",
                    "plus: b'ab\\x00\\xffc'", "times: b'ab\\x00\\xffab\\x00\\xff'",
                    "list: [97, 98]", "eq: False", "lt: True", "key: 1",
                    "index: IndexError('index out of range')",
                    "type: TypeError('byte indices must be integers or slices, not str')",
                    "concat: TypeError(\"can't concat str to bytes\")"]
CLASS_TEXT = """class Counter:
    def __init__(self, start):
        self.n = start
    def tick(self, k):
        self.n = self.n + k
        total = self.n
        record("tick", self.n)
    async def later(self, x):
        await asyncio.sleep(0)
        return [self.n, x]

c = Counter(1)
c.tick(2)
loop.call_soon(c.tick, 3)
loop.call_soon(loop.stop)
loop.run_forever()
t = loop.create_task(c.later("x"))
loop.run_until_complete(t)
record("later", t.result())
record("c", [c, c.n, total])
"""
BOX_TEXT = """class Box:
    pass

class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

b = Box()
b.item = 3
b.item = b.item + 1
record("item", b.item)
try:
    record("never", b.missing)
except AttributeError as e:
    record("missing", e)
try:
    b.other.item = b.nothing
except AttributeError as e:
    record("right side first", e)
p = Echo()
p.connection_made("transport")
record("protocol", [p.transport, p.eof_received(), isinstance(p, Echo)])
"""
TRACE_TEXTS = [["woke: 0", "result: (None, t, Future#1, Future#2)",
                "done: [True, None, 1.5, {1, 2}]"],
               ["after", "!handler: ValueError('boom')", "inf: inf",
                "!raised: RuntimeError('Event loop is closed')"]]


def text_tests(driver):
    source = lambda p: tck_program.translate(p).source  # noqa: E731
    yield "text form: a program's text reads as its JSON form", source(
        tck_text.program_json(SAY_TEXT)) == source(PROGRAMS[0][1]), json.dumps(
        tck_text.program_json(SAY_TEXT))
    yield "text form: dicts and subscripts read as their JSON form", source(
        tck_text.program_json(DICT_TEXT)) == source(PROGRAMS[5][1]), json.dumps(
        tck_text.program_json(DICT_TEXT))
    yield "text form: bytes read as their JSON form", source(
        tck_text.program_json(BYTES_TEXT)) == source(PROGRAMS[6][1]), json.dumps(
        tck_text.program_json(BYTES_TEXT))
    for text, program in ((CLASS_TEXT, PROGRAMS[7][1]), (BOX_TEXT, PROGRAMS[8][1])):
        read = tck_text.program_json(text)
        yield "text form: classes and attribute assignments read as their JSON form: %s" % (
            text.splitlines()[0]), source(read) == source(program) and list(
            read) == ["format", "functions", "classes", "main"] and all(
            list(c) == ["class", "bases", "methods"] for c in read["classes"]), json.dumps(read)
    for text, line in (("x = 1\ny = [i for i in x]\n", "line 2: "),
                       ("record('single quotes')\n", "line 1: strings are written in double"),
                       ("x = [1]\ny = x[0:1]\n", "line 2: slices (a[i:j]) are not part of the "
                                                   "scenario language"),
                       ("x = {}\ny = {**x}\n", "line 2: '**' unpacking in a dict display"),
                       ("x = {}\nx[0] = y = 1\n", "line 2: only 'name = expression', "
                                                   "'name[key] = expression' and 'object.name = "
                                                   "expression' assignments"),
                       ("x = b\"a\"\ny = b'a'\n", "line 2: bytes are written in double quotes"),
                       ("x = rb\"a\"\n", "line 1: string prefixes ('rb') are not in the "
                                          "language"),
                       ("class E:\n    x = 1\n", "line 2: class 'E': a class body holds method "
                                                 "definitions (def or async def) or a lone pass"),
                       ("class E:\n    \"doc\"\n    def m(self):\n        pass\n",
                        "line 2: class 'E': a class body holds method definitions"),
                       ("class E(f()):\n    pass\n", "line 1: class 'E': a class's base is written "
                                                      "asyncio.NAME"),
                       ("class E(asyncio.Protocol, metaclass=M):\n    pass\n",
                        "line 1: class 'E': class keywords (metaclass=...) are not in the "
                        "language"),
                       ("def f():\n    class E:\n        pass\n", "line 2: classes are defined at "
                                                                 "top level only"),
                       ("x = 1\nclass E:\n    pass\n", "line 2: class 'E' defined after a "
                                                       "module-level statement")):
        try:
            outcome = "read: %s" % tck_text.program_json(text)
        except tck_text.TextError as e:
            outcome = str(e)
        yield "text form: outside the subset: " + line, outcome.startswith(line), outcome
    for (_, _, trace), lines in zip(PROGRAMS[1:3], TRACE_TEXTS):
        printed = tck_text.trace_lines(trace)
        again = tck_text.trace_lines(tck_text.trace_json("\n".join(printed)))
        yield "text form: a trace prints as text and reads back: %s" % lines[0], \
            printed == again == lines, "printed %s, read back %s" % (printed, again)
    printed = tck_text.trace_lines(PROGRAMS[5][2])
    read = tck_text.trace_json("\n".join(DICT_TRACE_TEXT))
    yield "text form: dict trace values print as Python's repr and read back", \
        printed == tck_text.trace_lines(read) == DICT_TRACE_TEXT and read["events"][1]["value"][
            "dict"][:2] == [["a", 1], ["b", 2]], "printed %s, read back %s" % (printed, read)
    printed = tck_text.trace_lines(PROGRAMS[6][2])
    read = tck_text.trace_json("\n".join(BYTES_TRACE_TEXT))
    yield "text form: bytes trace values print as Python's repr and read back", \
        printed == tck_text.trace_lines(read) == BYTES_TRACE_TEXT and strip_times(
            read) == PROGRAMS[6][2], "printed %s, read back %s" % (printed, read)
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "say.py")
        with open(path, "w") as f:
            f.write(SAY_TEXT)
        proc = subprocess.run([sys.executable, driver, "--run", path, "--text"],
                              capture_output=True, text=True, timeout=60)
    yield "text form: --run FILE.py --text", proc.stdout.splitlines() == [
        "said: 'a'", "said: 'b'"], "stdout %r, stderr %r" % (proc.stdout, proc.stderr)


# -- the network, on the loop under test (loopback only; every program closes what it opens) --

ORDER_TEXT = """class Quiet(asyncio.Protocol):
    pass

class Recorder(asyncio.Protocol):
    def __init__(self):
        self.events = []
        self.data = b""
        self.lost = loop.create_future()
    def connection_made(self, transport):
        self.events = self.events + ["made"]
    def data_received(self, data):
        if self.data == b"":
            self.events = self.events + ["data"]
        self.data = self.data + data
    def eof_received(self):
        self.events = self.events + ["eof"]
    def connection_lost(self, exc):
        self.events = self.events + [["lost", exc]]
        record("server events", self.events)
        record("server data", self.data)
        self.lost.set_result(None)

def accept():
    protocol = Recorder()
    accepted.set_result(protocol)
    return protocol

async def main():
    server = await loop.create_server(accept, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    conn = await loop.create_connection(Quiet, "127.0.0.1", port)
    t = conn[0]
    t.write(b"hello ")
    t.write(b"world")
    t.close()
    protocol = await accepted
    await protocol.lost
    server.close()
    await server.wait_closed()
    record("closed", [t.is_closing(), server.is_serving(), len(server.sockets)])

accepted = loop.create_future()
loop.run_until_complete(main())
"""
ORDER_TRACE_TEXT = ["server events: ['made', 'data', 'eof', ['lost', None]]",
                    "server data: b'hello world'", "closed: [True, False, 0]"]
# A copy of the kit's control-flow/sockets.py, whose trace on CPython 3.11.2 (sockets.trace) the
# kit's LoopsAndBranchesTest holds the reference loop to: the driver is shipped alone, in the
# kit's jar, and cannot read the kit's test resources.
SOCKETS_TEXT = """async def main():
    pair = socketpair()
    a = pair[0]
    b = pair[1]
    try:
        a.recv(10)
    except OSError as e:
        record("nothing yet", e)
    record("sent", b.send(b"hi"))
    got = await loop.sock_recv(a, 10)
    record("received", got)
    record("a Socket", a)
    a.close()
    b.close()
    try:
        a.send(b"x")
    except OSError as e:
        record("closed", e)

loop.run_until_complete(main())
"""
SOCKETS_TRACE_TEXT = ["nothing yet: BlockingIOError('[Errno 11] Resource temporarily unavailable')", 'sent: 2', "received: b'hi'", 'a Socket: a', "closed: OSError('[Errno 9] Bad file descriptor')"]

REFS_TEXT = """class Kept(asyncio.Protocol):
    def __init__(self):
        self.lost = loop.create_future()
    def connection_made(self, transport):
        self.transport = transport
    def connection_lost(self, exc):
        self.lost.set_result(exc)

def accept():
    protocol = Kept()
    accepted.set_result(protocol)
    return protocol

async def main():
    server = await loop.create_server(accept, "127.0.0.1", 0)
    sock = server.sockets[0]
    address = sock.getsockname()
    conn = await loop.create_connection(Kept, "127.0.0.1", address[1])
    t = conn[0]
    p = await accepted
    record("objects", [server, t, p.transport, sock, t.get_extra_info("socket"), conn[1]])
    record("the transport's protocol", [t.get_protocol() is conn[1], conn[1].transport is t])
    record("peername", t.get_extra_info("peername") == address)
    record("serving", [server.is_serving(), server.get_loop() is loop])
    t.close()
    await p.lost
    await conn[1].lost
    server.close()
    await server.wait_closed()
    record("after close", [server.is_serving(), len(server.sockets)])

accepted = loop.create_future()
loop.run_until_complete(main())
"""
REFS_TRACE_TEXT = ["objects: [server, t, Transport#1, sock, TransportSocket#1, <Kept>]",
                   "the transport's protocol: [True, True]", "peername: True",
                   "serving: [True, True]", "after close: [False, 0]"]
REFS_OBJECTS = [REF("server", "Server"), REF("t", "Transport"), REF("Transport#1", "Transport"),
                REF("sock", "TransportSocket"), REF("TransportSocket#1", "TransportSocket"),
                {"object": "Kept"}]


def network_tests(runner):
    """Text programs with protocol classes, run on the loop under test."""
    for name, text, lines in (
            ("a server protocol sees made, data, eof, lost; the client's two writes arrive",
             ORDER_TEXT, ORDER_TRACE_TEXT),
            ("socketpair() gives two connected non-blocking Sockets: send, recv, close, and "
             "loop.sock_recv", SOCKETS_TEXT, SOCKETS_TRACE_TEXT),
            ("servers, transports and sockets are refs named by their first variable (not by "
             "self.a = x), else Type#n; a protocol is <Class>", REFS_TEXT, REFS_TRACE_TEXT)):
        try:
            trace = runner.run(tck_text.program_json(text))
            printed = tck_text.trace_lines(trace)
        except (InvalidProgram, WrongKind, StepBudgetExceeded) as e:
            trace, printed = None, "%s: %s" % (type(e).__name__, e)
        ok = printed == lines
        if ok and text is REFS_TEXT:
            ok = trace["events"][0]["value"] == REFS_OBJECTS
            printed = json.dumps(trace["events"][0])
        yield "network (%s): %s" % (runner.name, name), ok, "expected %s\nactual   %s" % (
            lines, printed)


# -- executors and threads, on the loop under test ------------------------------------------

THREADS_TEXT = """def double(x):
    return x * 2

def boom():
    raise ValueError("boom")

def read():
    return var.get()

def joined(a, b, sep=""):
    return a + sep + b

def step(name):
    record("start", name)
    blocking_sleep(0.01)
    record("end", name)
    return name

async def main():
    r = await loop.run_in_executor(None, double, 2)
    record("double", r)
    try:
        await loop.run_in_executor(None, boom)
    except ValueError as e:
        record("raised", e)
    f = loop.run_in_executor(None, blocking_sleep, 0.001)
    r = await f
    record("slept", [f, r])
    var.set("caller")
    r = await asyncio.to_thread(read)
    record("to_thread", r)
    r = await asyncio.to_thread(joined, "a", "b", sep="-")
    record("to_thread with arguments", r)
    r = await loop.run_in_executor(None, read)
    record("run_in_executor", r)
    pool = ThreadPoolExecutor(max_workers=1)
    loop.set_default_executor(pool)
    r = await asyncio.gather(loop.run_in_executor(None, step, "a"), loop.run_in_executor(None, step, "b"))
    record("one worker", r)
    r = await loop.run_in_executor(pool, double, 4)
    record("explicit", [pool, r])
    await loop.shutdown_default_executor()
    try:
        await loop.run_in_executor(None, double, 1)
    except RuntimeError as e:
        record("after shutdown_default_executor", e)
    try:
        await loop.run_in_executor(pool, double, 1)
    except RuntimeError as e:
        record("its pool", e)
    r = await threadsafe_flood(2, 1000)
    record("threadsafe_flood", r)

var = ContextVar("var", default="unset")
loop.run_until_complete(main())
for bad in [[0, 1], [1, 0], [1.5, 1], [1, True]]:
    try:
        threadsafe_flood(bad[0], bad[1])
    except (TypeError, ValueError) as e:
        record("bad", e)
for bad in ["x", -1]:
    try:
        blocking_sleep(bad)
    except (TypeError, ValueError) as e:
        record("bad", e)
"""
THREADS_TRACE_TEXT = [
    "double: 4", "raised: ValueError('boom')", "slept: [f, None]", "to_thread: 'caller'",
    "to_thread with arguments: 'a-b'", "run_in_executor: 'unset'",
    "start: 'a'", "end: 'a'", "start: 'b'", "end: 'b'", "one worker: ['a', 'b']",
    "explicit: [pool, 8]",
    "after shutdown_default_executor: RuntimeError('Executor shutdown has been called')",
    "its pool: RuntimeError('cannot schedule new futures after shutdown')",
    "threadsafe_flood: 2000",
    "bad: ValueError('threadsafe_flood(): threads must be at least 1, got 0')",
    "bad: ValueError('threadsafe_flood(): calls must be at least 1, got 0')",
    "bad: TypeError('threadsafe_flood(): threads must be an int, not float')",
    "bad: TypeError('threadsafe_flood(): calls must be an int, not bool')",
    "bad: TypeError('must be real number, not str')",
    "bad: ValueError('sleep length must be non-negative')"]
DEBUG_TEXT = """loop.set_debug(True)
record("debug", loop.get_debug())
loop.set_debug(False)
record("debug", loop.get_debug())
"""
DEBUG_TRACE_TEXT = ["debug: True", "debug: False"]
DEBUG_CALL_SOON_TEXT = """async def coroutine_function():
    pass

loop.set_debug(True)
try:
    loop.call_soon(coroutine_function)
except TypeError as e:
    record("call_soon", e)
record("debug", loop.get_debug())
"""
DEBUG_CALL_SOON_TRACE_TEXT = ["call_soon: TypeError('coroutines cannot be used with call_soon()')",
                              "debug: True"]
# A flood left running when its program ends: 2 threads of 10,000,000 calls, never awaited.
LEFT_FLOOD_TEXT = """f = threadsafe_flood(2, 10000000)
loop.run_until_complete(asyncio.sleep(0.01))
record("done", f.done())
"""


def flood_threads():
    return [t for t in threading.enumerate() if t.name == "tck-threadsafe_flood"]


def thread_tests(runner, asyncio_runner):
    """Executors, to_thread, set_debug and threadsafe_flood: text programs on the loop under test
    (the check of call_soon in debug mode on asyncio: a loop under test may not make it)."""
    for name, text, lines, tested in (
            ("run_in_executor, to_thread (in the caller's context), set_default_executor, "
             "shutdown_default_executor, threadsafe_flood, blocking_sleep; bad arguments",
             THREADS_TEXT, THREADS_TRACE_TEXT, runner),
            ("set_debug and get_debug", DEBUG_TEXT, DEBUG_TRACE_TEXT, runner),
            ("in debug mode, call_soon refuses a coroutine function", DEBUG_CALL_SOON_TEXT,
             DEBUG_CALL_SOON_TRACE_TEXT, asyncio_runner)):
        try:
            printed = tck_text.trace_lines(tested.run(tck_text.program_json(text)))
        except (InvalidProgram, WrongKind, StepBudgetExceeded) as e:
            printed = "%s: %s" % (type(e).__name__, e)
        yield "threads (%s): %s" % (tested.name, name), printed == lines, \
            "expected %s\nactual   %s" % (lines, printed)
    try:
        printed = tck_text.trace_lines(runner.run(tck_text.program_json(LEFT_FLOOD_TEXT)))
    except (InvalidProgram, WrongKind, StepBudgetExceeded) as e:
        printed = "%s: %s" % (type(e).__name__, e)
    left = flood_threads()
    yield "threads (%s): the threads of a threadsafe_flood do not outlive its program" % runner.name, \
        printed == ["done: False"] and not left, "trace %s, threads left: %s" % (printed, left)


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


class _NoTimerHandleLoop(asyncio.SelectorEventLoop):
    """A loop whose call_later returns a plain Handle, as gbulb's does: a deviation of the loop."""

    def call_later(self, delay, callback, *args, context=None):
        super().call_later(delay, callback, *args, context=context)
        return asyncio.Handle(callback, args, self)


def loop_without_timer_handles():
    """A loop factory (tck_selftest:loop_without_timer_handles) for the blame tests."""
    return _NoTimerHandleLoop()


def blame_tests():
    """A loop returning another kind of object than asyncio documents fails the run (wrong_kind),
    it does not make the program invalid; a program using a method its object lacks is invalid."""
    uses_when = prog([let("h", m(LOOP, "call_later", c(0.001), at(LOOP, "stop"))),
                      rec("when", m(n("h"), "when"))] + [do(m(LOOP, "run_forever"))])
    try:
        outcome = "a trace: %s" % json.dumps(Runner("tck_selftest:loop_without_timer_handles").run(uses_when))
    except WrongKind as e:
        outcome = "wrong kind: %s" % e
    except InvalidProgram as e:
        outcome = "invalid: %s" % e
    yield "a loop returning a Handle from call_later deviates", outcome.startswith(
        "wrong kind: call_later returned asyncio.events.Handle (no when()); asyncio returns a TimerHandle"), outcome
    misuse = prog([let("h", m(LOOP, "call_soon", at(LOOP, "stop"))), rec("when", m(n("h"), "when"))])
    try:
        outcome = "a trace: %s" % json.dumps(Runner("asyncio").run(misuse))
    except (WrongKind, InvalidProgram) as e:
        outcome = "%s: %s" % (type(e).__name__, e)
    yield "asking a Handle of asyncio for when() is an invalid program", outcome.startswith(
        "InvalidProgram: at /main/1/value/args/1/call: 'when' is not a method of a handle"), outcome
    yield given_items_test()
    if sys.version_info >= (3, 13):
        yield given_task_test()
    yield from awaited_value_tests()


AS_COMPLETED_TEXT = """async def main():
    f = loop.create_future()
    f.set_result("f")
    async for done in asyncio.as_completed([f]):
        record("result", done.result())

loop.run_until_complete(main())
"""


def _as_completed_giving_results(aws, *, timeout=None):
    """asyncio.as_completed whose async for gives each input's result, not the input (3.13+)."""
    class Results:
        def __init__(self):
            self.inputs = list(aws)

        def __aiter__(self):
            return self

        async def __anext__(self):
            if not self.inputs:
                raise StopAsyncIteration
            return await self.inputs.pop(0)
    return Results()


def text_outcome(loop, text):
    """What running the program of text on loop gives: "a trace: ..." or the error's type and message."""
    try:
        return "a trace: %s" % tck_text.trace_lines(Runner(loop).run(tck_text.program_json(text)))
    except (WrongKind, InvalidProgram) as e:
        return "%s: %s" % (type(e).__name__, e)


class _FutureTasksLoop(asyncio.SelectorEventLoop):
    """A loop whose create_task returns a plain Future of the task's outcome: no get_name()."""

    def create_task(self, coro, *, name=None, context=None):
        task = super().create_task(coro, name=name, context=context)
        fut = self.create_future()
        task.add_done_callback(lambda t: fut.set_exception(t.exception()) if t.exception() else fut.set_result(t.result()))
        return fut


def loop_with_future_tasks():
    """A loop factory (tck_selftest:loop_with_future_tasks) for the blame tests."""
    return _FutureTasksLoop()


TASK_GIVEN_TEXT = """async def job():
    return "x"

async def main():
    t = loop.create_task(job())
    async for done in asyncio.as_completed([t]):
        record("name", done.get_name())

loop.run_until_complete(main())
"""


def given_task_test():
    """A task async for gets from as_completed is still create_task's (3.13+): a Task method it
    lacks is create_task's deviation, not an invalid program."""
    outcome = text_outcome("tck_selftest:loop_with_future_tasks", TASK_GIVEN_TEXT)
    return "a task given by as_completed is still create_task's", outcome.startswith(
        "WrongKind: create_task returned _asyncio.Future (no get_name(), "), outcome


def given_items_test():
    """async for over as_completed gives Futures (3.13+, ASCOMPLETED-ASYNC-1): one that gives
    something else deviates, the program is not invalid. Before 3.13 its generator has no
    __aiter__, and async for raises Python's own TypeError."""
    real = asyncio.as_completed
    if sys.version_info >= (3, 13):
        asyncio.as_completed = _as_completed_giving_results
    try:
        outcome = text_outcome("asyncio", AS_COMPLETED_TEXT)
    finally:
        asyncio.as_completed = real
    if sys.version_info >= (3, 13):
        return "async for over an as_completed giving results deviates", outcome.startswith(
            "WrongKind: async for over as_completed() gave builtins.str (no result(), "), outcome
    return "async for over as_completed before 3.13 raises Python's TypeError", \
        outcome.startswith("a trace: ['!raised: TypeError(") \
        and "requires an object with __aiter__ method, got generator" in outcome, outcome


class _WrongValuesLoop(asyncio.SelectorEventLoop):
    """A loop whose coroutines give values of other shapes than asyncio's: create_server's its
    server's sockets, create_connection's its transport alone, create_datagram_endpoint's
    (protocol, transport), and sock_accept's an object without recv() for its socket."""

    async def create_server(self, *args, **kwargs):
        server = await super().create_server(*args, **kwargs)
        sockets = list(server.sockets)
        server.close()
        await server.wait_closed()
        return sockets

    async def create_connection(self, *args, **kwargs):
        transport, protocol = await super().create_connection(*args, **kwargs)
        return transport

    async def create_datagram_endpoint(self, *args, **kwargs):
        transport, protocol = await super().create_datagram_endpoint(*args, **kwargs)
        return protocol, transport

    async def sock_accept(self, sock):
        conn, address = await super().sock_accept(sock)
        conn.close()
        return object(), address


def loop_with_wrong_values():
    """A loop factory (tck_selftest:loop_with_wrong_values) for the blame tests."""
    return _WrongValuesLoop()


AWAITED_SERVER_TEXT = """class P(asyncio.Protocol):
    pass

async def main():
    server = await loop.create_server(P, "127.0.0.1", 0)
    record("serving", server.is_serving())
    server.close()

loop.run_until_complete(main())
"""

AWAITED_TASK_TEXT = """async def main():
    listener = tcp_listener()
    client = tcp_socket()
    accepting = asyncio.create_task(loop.sock_accept(listener))
    await asyncio.sleep(0)
    await loop.sock_connect(client, listener.getsockname())
    pair = await accepting
    client.close()
    listener.close()
    record("got", pair[0].recv(1))

loop.run_until_complete(main())
"""

AWAITED_TUPLE_TEXT = """class P(asyncio.Protocol):
    pass

async def main():
    listener = tcp_listener()
    conn = await loop.create_connection(P, "127.0.0.1", listener.getsockname()[1])
    record("conn", len(conn))
    conn[0].close()
    listener.close()

loop.run_until_complete(main())
"""

AWAITED_SWAPPED_TEXT = """class P(asyncio.DatagramProtocol):
    pass

async def main():
    endpoint = await loop.create_datagram_endpoint(P, local_addr=("127.0.0.1", 0))
    endpoint[0].close()
    record("closed")

loop.run_until_complete(main())
"""

AWAITED_OWN_TEXT = """class Dialer:
    async def create_connection(self):
        return "not a pair"

async def main():
    conn = await Dialer().create_connection()
    record("conn", conn)

loop.run_until_complete(main())
"""


def awaited_value_tests():
    """What awaiting a coroutine of the loop gives (create_server: a Server; sock_accept: a tuple
    whose first item is a Socket) is the loop's: one of another kind, or another shape, deviates,
    the program is not invalid; asyncio's own passes."""
    wrong = "tck_selftest:loop_with_wrong_values"
    outcome = text_outcome(wrong, AWAITED_SERVER_TEXT)
    yield "awaiting a create_server that gives a list deviates", outcome.startswith(
        "WrongKind: awaiting create_server() gave builtins.list (no close(), "), outcome
    outcome = text_outcome(wrong, AWAITED_TASK_TEXT)
    yield "a task of a sock_accept that gives no Socket deviates when awaited", outcome.startswith(
        "WrongKind: awaiting sock_accept() gave builtins.object (no "), outcome
    yield "... and names the item of its tuple", " as item 0 of its tuple; asyncio gives a Socket there " in outcome, outcome
    outcome = text_outcome(wrong, AWAITED_TUPLE_TEXT)
    yield "awaiting a create_connection that gives no tuple deviates at once", outcome.startswith(
        "WrongKind: awaiting create_connection() gave "), outcome
    outcome = text_outcome(wrong, AWAITED_SWAPPED_TEXT)
    yield "a program's protocol given for the loop's transport deviates", outcome.startswith(
        "WrongKind: awaiting create_datagram_endpoint() gave ") and " as item 0 of its tuple; asyncio gives a " \
        "DatagramTransport there " in outcome, outcome
    for text in (AWAITED_SERVER_TEXT, AWAITED_TUPLE_TEXT, AWAITED_SWAPPED_TEXT,
                 AWAITED_TASK_TEXT.replace('record("got", pair[0].recv(1))', 'record("got", len(pair))\n    pair[0].close()')):
        outcome = text_outcome("asyncio", text)
        yield "asyncio's own values pass", outcome.startswith("a trace: "), outcome
    outcome = text_outcome("asyncio", AWAITED_OWN_TEXT)
    yield "a program's own async method named as a loop's is not checked", \
        outcome == "a trace: [\"conn: 'not a pair'\"]", outcome


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
    yield "handshake: the driver's hello (threads and network offered)", hello.get(
        "type") == "hello" and hello.get("protocol") == 1 and {"threads", "network"} <= set(
        hello.get("capabilities", [])), json.dumps(hello)
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


# -- leaks: what a program run alone leaves behind ------------------------------------------

EXECUTOR_CLOSE_TEXT = """def f():
    return 1

r = loop.run_until_complete(loop.run_in_executor(None, f))
record("r", r)
loop.close()
"""
PENDING_TIMER_TEXT = """def say(word):
    record("said", word)

thread_after(60, say, "never")
record("started")
"""


def leak_tests(driver):
    """tck_resources on resources a test leaves on purpose (the one test that waits for the join
    deadline: a thread left waiting), and the leaks of run messages (tck_driver, on asyncio)."""
    proc = os.path.isdir(tck_resources.FD_FOLDER)
    release = threading.Event()
    gc.collect()  # no earlier test's garbage closes an fd meanwhile: the lowest free fd is known
    before = tck_resources.snapshot()
    server = socket.socket()
    opened = [server, socket.socket()]
    try:
        server.bind(("127.0.0.1", 0))
        server.listen()
        local = "127.0.0.1:%d" % server.getsockname()[1]
        opened.append(socket.create_connection(server.getsockname()))
        other = "127.0.0.1:%d" % opened[-1].getsockname()[1]
        opened.append(server.accept()[0])
        left = threading.Thread(target=release.wait, name="tck-selftest-left", daemon=True)
        ending = threading.Thread(target=release.wait, args=(0.05,), name="tck-selftest-ending")
        left.start()
        ending.start()
        mid = tck_resources.snapshot()
        number = opened[1].fileno()
        opened[1].close()
        opened[1] = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # the lowest free fd: the same
        opened[1].bind(("127.0.0.1", 0))
        found = tck_resources.leaks(before)
        again = tck_resources.leaks(mid)
    finally:
        release.set()
        for s in opened:
            s.close()
    resources = [f["resource"] for f in found]
    details = [f["detail"] for f in found]
    yield "leaks: resource names are those of the vocabulary, fds first, then threads", \
        set(resources) <= set(vocabulary.LEAK_RESOURCES) and resources == sorted(
            resources, key=["fd", "thread", "signal"].index), json.dumps(found)
    if tck_resources.signal_masks() is not None:
        before = tck_resources.snapshot()
        previous = signal.signal(signal.SIGUSR2, lambda *a: None)
        try:
            caught = tck_resources.leaks(before)
        finally:
            signal.signal(signal.SIGUSR2, previous)
        yield "leaks: a signal the process began to catch is named", caught == [
            {"resource": "signal", "detail": "signal %d (SIGUSR2) still caught" % signal.SIGUSR2}], \
            json.dumps(caught)
    if tck_resources.children() is not None:
        before = tck_resources.snapshot()
        running = subprocess.Popen(["sleep", "60"])
        ended = subprocess.Popen(["true"])
        os.waitid(os.P_PID, ended.pid, os.WEXITED | os.WNOWAIT)  # ended, not reaped
        found_processes = tck_resources.leaks(before)
        tck_resources.end_children(before)
        left = tck_resources.children() - before.children
        for p in (running, ended):
            p.returncode = 0  # reaped by end_children: Popen must not wait for them again
        yield "leaks: a child left running and one not reaped are named, by pid", [
            f["detail"] for f in found_processes if f["resource"] == "process"] == sorted([
                "process %d (sleep) still running" % running.pid,
                "process %d (true) ended, not reaped (a zombie)" % ended.pid],
                key=lambda d: int(d.split()[1])), json.dumps(found_processes)
        yield "leaks: end_children kills and reaps the children a run left", not left, \
            "still there: %s" % sorted(left)
    yield "leaks: a thread left running is named (daemon); one ending within the deadline is " \
        "not", [d for d in details if d.startswith("thread")] == [
            "thread 'tck-selftest-left' (daemon)"], json.dumps(found)
    if proc:
        expected = [r"fd \d+: socket:\[\d+\] \(TCP listening %s\)" % local,
                    r"fd \d+: socket:\[\d+\] \(TCP %s -> %s\)" % (other, local),
                    r"fd \d+: socket:\[\d+\] \(TCP %s -> %s\)" % (local, other),
                    r"fd \d+: socket:\[\d+\] \(UDP 127\.0\.0\.1:\d+\)"]
        fds = [d for d in details if d.startswith("fd")]
        numbers = [int(re.match(r"fd (\d+):", d).group(1)) for d in fds]
        yield "leaks: the sockets left open, by fd, with what they are", len(fds) == 4 and all(
            any(re.fullmatch(e, d) for d in fds) for e in expected) and numbers == sorted(
            numbers), json.dumps(found)
        yield "leaks: an fd number reused for another object is new", [
            f["detail"] for f in again if f["resource"] == "fd"] == [
            d for d in details if d.startswith("fd %d: " % number) and "UDP" in d], \
            "fd %d, from the snapshot in the middle: %s" % (number, json.dumps(again))
    hello, answers, status = session(driver, [
        json.dumps({"type": "run", "id": "nothing", "budget": 5, "program": prog([rec("hi")])}),
        json.dumps({"type": "run", "id": "executor", "budget": 5,
                    "program": tck_text.program_json(EXECUTOR_CLOSE_TEXT)}),
        json.dumps({"type": "run", "id": "timer", "budget": 5,
                    "program": tck_text.program_json(PENDING_TIMER_TEXT)}),
        json.dumps({"type": "batch", "runs": [
            {"id": "flood", "budget": 5, "program": tck_text.program_json(LEFT_FLOOD_TEXT)}]})])
    traced = [a.get("id") for a in answers if "trace" in a]
    yield "leaks: a run that leaves nothing has no \"leaks\"", traced[:1] == ["nothing"] and \
        "leaks" not in answers[0], json.dumps(answers[:1])
    yield "leaks: run_in_executor with the default executor, then close(): no leaks (asyncio)", \
        traced[1:2] == ["executor"] and "leaks" not in answers[1], json.dumps(answers[1:2])
    yield "leaks: the kit's threads (a pending thread_after, a threadsafe_flood left running) are " \
        "not leaks", traced[2:] == ["timer", "flood"] and not any(
            "leaks" in a for a in answers[2:]), json.dumps(answers[2:])


# -- the vocabulary: the driver has exactly its names -------------------------------------

# Straight from the vocabulary (not from the driver's tables, which are under test).
ATTRIBUTES = set(vocabulary.ASYNCIO).union(*vocabulary.METHODS.values())
BUILTIN_NAMES = set(vocabulary.EXCEPTION_TYPES + vocabulary.PYTHON_BUILTINS
                    + vocabulary.KIT_BUILTINS + tuple(x for x, _ in vocabulary.MODULE_BUILTINS))
PYTHON = "%d.%d" % sys.version_info[:2]


def vocabulary_tests(runner):
    yield from loading_tests()
    yield from builtin_tests(runner)
    loop = runner.factory()
    try:
        objects = real_objects(loop)
        yield from translator_tests(objects)
        yield from object_tests(runner, objects)
    finally:
        loop.call_soon(loop.stop)
        loop.run_forever()
        loop.close()


def loading_tests():
    for what, content in (("a missing", None), ("a malformed", "{"),
                          ("another format's", '{"format": "x"}')):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, vocabulary.FILE)
            if content is not None:
                with open(path, "w") as f:
                    f.write(content)
            try:
                outcome = "loaded: %r" % vocabulary.load([path])
            except vocabulary.VocabularyError as e:
                outcome = str(e)
        yield "vocabulary: %s file is an error naming it" % what, path in outcome, outcome


def accepted(program):
    try:
        tck_program.translate(program)
        return True
    except InvalidProgram:
        return False


def exactly(what, accepts, candidates, expected):
    """(name, ok, detail) of a test that accepts(name) holds exactly for the expected names."""
    wrong = sorted(n for n in set(candidates) | set(expected) if accepts(n) != (n in expected))
    return ("vocabulary: the driver accepts exactly the vocabulary's %s" % what, not wrong,
            "accepted but not in the vocabulary, or in it but refused: %s" % wrong)


def translator_tests(objects):
    seen = set(dir(asyncio)).union({"foo"}, *(dir(obj) for obj in objects.values()))
    yield exactly("attributes (x.NAME)", lambda a: accepted(prog([do(m(LOOP, a))])),
                  seen, ATTRIBUTES)
    yield exactly("names (builtins and exception types)", lambda x: accepted(prog([do(n(x))])),
                  set(dir(builtins)) | {"foo", "print", "float"}, BUILTIN_NAMES)
    excepts = set(vocabulary.EXCEPTION_TYPES) | set(
        "asyncio." + e for e in vocabulary.ASYNCIO_EXCEPTIONS)
    handler = lambda t: accepted(prog([{"op": "try", "body": [{"op": "pass"}], "handlers": [
        {"types": [t], "body": [{"op": "pass"}]}]}]))  # noqa: E731
    yield exactly("except types", handler, [x for x in dir(builtins) if x.endswith("Error")]
                  + ["asyncio." + x for x in dir(asyncio)], excepts)
    refused = [w for w in vocabulary.KEYWORDS if accepted(prog([let(w, c(1))]))]
    yield "vocabulary: the keywords are not names", not refused, "accepted: %s" % refused
    if vocabulary.in_range(vocabulary.ALL_VERSIONS):
        yield "vocabulary: the keywords are Python's", vocabulary.KEYWORDS == frozenset(
            keyword.kwlist), "Python's keyword.kwlist: %s" % sorted(keyword.kwlist)


def builtin_tests(runner):
    base = dict(tck_session.BASE_BUILTINS)
    del base["__import__"], base["__build_class__"]  # the interpreter's, not names of programs
    given = set(base) | set(tck_session.KIT_BUILTINS)
    yield "vocabulary: programs see exactly its builtins", given == BUILTIN_NAMES, \
        "given, not in the vocabulary: %s; missing: %s" % (sorted(given - BUILTIN_NAMES),
                                                          sorted(BUILTIN_NAMES - given))
    yield "vocabulary: the kit's builtins are implemented, and no other", set(
        tck_session.KIT_BUILTINS) == set(vocabulary.KIT_BUILTINS), "implemented: %s" % sorted(
            tck_session.KIT_BUILTINS)
    broken = [x for x in vocabulary.KIT_BUILTINS if not has_value(runner, x)]
    yield "vocabulary: each kit builtin has a value in a program", not broken, str(broken)
    wrong = [x for x in vocabulary.PYTHON_BUILTINS if base.get(x) is not getattr(builtins, x, 0)]
    yield "vocabulary: Python's builtins are Python's", not wrong, str(wrong)
    wrong = ["%s (%s)" % (x, module) for x, module in vocabulary.MODULE_BUILTINS
             if base.get(x) is not getattr(importlib.import_module(module), x, 0)]
    yield "vocabulary: the names of Python's modules (contextvars, concurrent.futures) are " \
          "their modules'", not wrong and {"contextvars", "concurrent.futures"} <= set(
        module for _, module in vocabulary.MODULE_BUILTINS), str(wrong)
    if hasattr(signal, "raise_signal") and os.path.exists("/proc/self/status"):
        try:
            tck_session.raise_signal(signal.SIGUSR1)  # nothing catches it: refused, not raised
            refused = "raised"
        except RuntimeError as e:
            refused = str(e)
        tck_session.raise_signal(signal.SIGWINCH)  # ignored by default: raised, and nothing happens
        yield "raise_signal: refuses a signal that nothing catches and that would end the " \
              "process; raises one ignored by default", refused.startswith(
                  "raise_signal(%d): the process has no handler for it" % signal.SIGUSR1), refused
    modules = tck_session.EXCEPTION_MODULES
    wrong = []
    for e in vocabulary.EXCEPTIONS:
        if not vocabulary.in_range(e.python):
            continue
        cls = base.get(e.name)
        if not (isinstance(cls, type) and issubclass(cls, BaseException)
                and cls is getattr(modules[e.module], e.name, None)
                and bases_match(cls, base.get(e.base) if e.base else object, e.also)):
            wrong.append("%s (base %s, in %s): got %r" % (e.name, e.base, e.module, cls))
    yield "vocabulary: each exception type is its module's, with its base", not wrong, str(wrong)
    # An exception of asyncio that is an exception type of the language (CancelledError) is the
    # one programs see; another (TimeoutError: the builtin from 3.11, in 3.10 asyncio's own
    # subclass of Exception, as the vocabulary notes) is only checked to be an Exception.
    in_asyncio = set(e.name for e in vocabulary.EXCEPTIONS if e.module == "asyncio")
    wrong, absent = [], object()
    for a in vocabulary.VOCABULARY.asyncio:
        if not vocabulary.in_range(a.python):
            continue
        value = getattr(asyncio, a.name, absent)
        is_class = isinstance(value, type)
        role = ("exception" if is_class and issubclass(value, BaseException)
                else "class" if is_class else "function" if callable(value) else "constant")
        if value is absent or role != (a.role if a.role != "base class" else "class"):
            wrong.append("asyncio.%s is %s, not %s" % (a.name, role, a.role))
        elif role == "exception" and not (value is base.get(a.name) if a.name in in_asyncio
                                          else issubclass(value, Exception)):
            wrong.append("asyncio.%s: %r" % (a.name, value))
    yield "vocabulary: the asyncio module has its names, with their roles", not wrong, str(wrong)


def bases_match(cls, language_base, also=()):
    """Whether cls has the base the language gives it, and no other base the language names but
    those it lists as also (ExceptionGroup is also a BaseExceptionGroup, a type outside the
    language; SSLCertVerificationError also a ValueError, which the language lists)."""
    named = set(e.name for e in vocabulary.EXCEPTIONS)
    return (language_base in cls.__bases__
            and all(b is language_base or b.__name__ not in named or b.__name__ in also
                    for b in cls.__bases__)
            and all(any(b.__name__ == a for b in cls.__bases__) for a in also))


def has_value(runner, name):
    """Whether a program can take the value of a builtin."""
    try:
        return "raised" not in runner.run(prog([let("x", n(name))]))
    except InvalidProgram:
        return False


def real_objects(loop):
    """An object of each kind of the vocabulary, made by the loop under test."""
    async def coroutine_function():
        pass

    async def async_generator_function():
        yield

    objects = network_objects(loop)  # first: it runs the loop, the others stay pending
    task = loop.create_task(coroutine_function())
    coroutine = coroutine_function()
    coroutine.close()
    objects.update({"EventLoop": loop, "Handle": loop.call_soon(len, ()),
               "TimerHandle": loop.call_later(3600, len, ()), "Future": loop.create_future(),
               "Task": task, "Coroutine": coroutine, "AsyncGenerator": async_generator_function()})
    variable = contextvars.ContextVar("v")
    objects.update(ContextVar=variable, Context=contextvars.copy_context(), Token=variable.set(1))
    for name, kind in vocabulary.CLASS_KINDS:  # the first class of each kind, made with no argument
        if kind not in objects and hasattr(asyncio, name):
            try:
                objects[kind] = getattr(asyncio, name)()
            except TypeError:  # Barrier(parties)
                objects[kind] = getattr(asyncio, name)(1)
    if hasattr(builtins, "ExceptionGroup"):  # what a TaskGroup raises (3.11+)
        objects["ExceptionGroup"] = builtins.ExceptionGroup("group", [ValueError("one")])
    objects["Executor"] = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    objects["Executor"].shutdown()  # its methods stay
    objects["ConcurrentFuture"] = concurrent.futures.Future()
    objects["TimerHandle"].cancel()
    return objects


def network_objects(loop):
    """A Transport, a Server and a TransportSocket made by the loop on loopback (port 0), a
    StreamReader and a StreamWriter of open_connection() (with the errors of their reads), a
    DatagramTransport of create_datagram_endpoint(), a Socket of socketpair(), all closed before they are returned (their methods stay), and a
    Process of create_subprocess_exec, waited for."""
    made = loop.create_future()

    class Accepted(asyncio.Protocol):
        def connection_made(self, transport):
            if not made.done():
                made.set_result(transport)
            else:
                transport.close()  # the streams' connection

    async def open_and_close():
        server = await loop.create_server(Accepted, "127.0.0.1", 0)
        try:
            socket = server.sockets[0]
            transport, _ = await loop.create_connection(asyncio.Protocol, "127.0.0.1",
                                                        socket.getsockname()[1])
            transport.close()
            (await asyncio.wait_for(made, 10)).close()
            datagram, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol,
                                                              local_addr=("127.0.0.1", 0))
            datagram.close()
            reader, writer = await asyncio.open_connection("127.0.0.1", socket.getsockname()[1])
            writer.close()
            await writer.wait_closed()
        finally:
            server.close()
            await server.wait_closed()
        return {"Transport": transport, "Server": server, "TransportSocket": socket,
                "DatagramTransport": datagram,
                "StreamReader": reader, "StreamWriter": writer,
                "IncompleteReadError": asyncio.IncompleteReadError(b"", 1),
                "LimitOverrunError": asyncio.LimitOverrunError("over", 1)}

    objects = loop.run_until_complete(open_and_close())
    pair = tck_session.socketpair()  # the kit's socketpair(): a Socket
    for sock in pair:
        sock.close()
    objects["Socket"] = pair[0]

    async def process():
        proc = await asyncio.create_subprocess_exec("true")
        await proc.wait()
        return proc

    objects["Process"] = loop.run_until_complete(process())
    return objects


def kinds_on_this_python():
    """The kinds that exist on this Python: those with no methods (a coroutine) or with a method
    in range (Barrier, Timeout, TaskGroup and ExceptionGroup are 3.11+)."""
    return dict((name, kind) for name, kind in vocabulary.KINDS.items()
                if not kind.methods or any(vocabulary.in_range(m.python) for m in kind.methods))


def object_tests(runner, objects):
    kinds = kinds_on_this_python()
    yield "vocabulary: a real object of each kind", set(objects) == set(kinds), \
        "kinds %s, objects made for %s" % (sorted(kinds), sorted(objects))
    wrong = dict((k, tck_session.ref_type(o)) for k, o in objects.items()
                 if tck_session.ref_type(o) != k)
    yield "vocabulary: the driver knows each kind's objects", not wrong, "taken for: %s" % wrong
    session = tck_session.Session(runner.factory, runner.resolution_of)
    try:
        for kind in kinds.values():
            obj = objects.get(kind.name)
            missing = [x.name for x in kind.methods if vocabulary.in_range(x.python)
                       and not (hasattr(obj, x.name) if x.role == "attribute"
                                else callable(getattr(obj, x.name, None)))]
            yield "vocabulary: %s has its methods on Python %s" % (kind.name, PYTHON), \
                not missing, "missing: %s" % missing
            allowed = [x for x in sorted(ATTRIBUTES) if attr_allowed(session, obj, x)]
            yield "vocabulary: %s allows exactly its methods" % kind.name, set(allowed) == set(
                vocabulary.METHODS[kind.name]), "allowed: %s" % allowed
        allowed = [x for x in sorted(ATTRIBUTES) if attr_allowed(session, asyncio, x)]
        yield "vocabulary: the asyncio module allows exactly its names (a base class only as a " \
              "class's base)", set(allowed) == set(vocabulary.ASYNCIO) - set(
            vocabulary.ASYNCIO_BASE_CLASSES), "allowed: %s" % allowed
        # The callbacks the kit's protocols leave to their base: exactly those asyncio's base
        # class defines (its public methods).
        for base in vocabulary.ASYNCIO_BASE_CLASSES:
            defined = sorted(n for n in vars(getattr(asyncio, base)).keys() | {
                n for c in getattr(asyncio, base).__mro__[1:-1] for n in vars(c)}
                if not n.startswith("_"))
            listed = sorted(vocabulary.VOCABULARY.protocol_callbacks.get(base, ()))
            yield "vocabulary: asyncio.%s's callbacks are protocol_callbacks" % base, \
                defined == listed, "asyncio's: %s, the vocabulary's: %s" % (defined, listed)
    finally:
        session.finish()


def attr_allowed(session, obj, name):
    """Whether the driver's run-time attribute check lets a program take obj.name."""
    try:
        session.attr(obj, name, "/test")
        return True
    except AttributeError:  # in the language, but not in this Python version
        return True
    except tck_session.RuntimeInvalid:
        session.invalid = None
        return False


def main(driver, loop="asyncio"):
    warnings.filterwarnings("ignore", "coroutine .* was never awaited", RuntimeWarning)
    passed = failed = 0
    runner = Runner("asyncio")
    tests = list(program_tests(runner)) + list(text_tests(driver)) + list(protocol_tests(driver))
    tested = runner if loop == "asyncio" else Runner(loop)
    tests += list(network_tests(tested)) + list(thread_tests(tested, runner))
    tests += list(vocabulary_tests(tested)) + list(blame_tests()) + list(leak_tests(driver))
    for test, ok, detail in tests:
        print(("PASS  " if ok else "FAIL  ") + test)
        if not ok:
            print("      " + detail.replace("\n", "\n      "))
        passed, failed = passed + ok, failed + (not ok)
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1
