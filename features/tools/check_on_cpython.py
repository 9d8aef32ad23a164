#!/usr/bin/env python3
"""Check the kit's Gherkin scenarios against a real Python event loop (CPython asyncio by default).

Every scenario of the kit is a *program* in the scenario language (spec/language.md), whose text
form is a subset of Python. This script reads the .feature files, runs each program as real
Python on a fresh loop, prints its trace in the kit's text form and compares it with the trace
the scenario expects. It is how the expected traces are established: CPython is the ground truth.

    python3 features/tools/check_on_cpython.py                   # every feature, asyncio loop
    python3 features/tools/check_on_cpython.py --tags LOOP-SOON-1 --name order
    python3 features/tools/check_on_cpython.py --loop uvloop     # or --loop package.module:factory

Each program runs in its own subprocess (this script in --one mode) with a time budget, so a hang
or a crash is reported as that scenario's ERROR and the run goes on. Standard library only;
Python 3.8+. Exit code 0 only if every selected scenario passed.
"""

import argparse
import ast
import asyncio
import collections
import concurrent.futures
import importlib
import inspect
import io
import json
import os
import re
import subprocess
import sys
import threading
import time
import tokenize

# --------------------------------------------------------------------------------------------
# The scenario language: builtins and methods a program may use (spec/language.md)
# --------------------------------------------------------------------------------------------

EXCEPTION_TYPES = ("BaseException", "Exception", "CancelledError", "InvalidStateError",
                   "RuntimeError", "TypeError", "ValueError", "TimeoutError",
                   "ZeroDivisionError", "ArithmeticError", "OSError", "AssertionError",
                   "KeyboardInterrupt")
PLAIN_BUILTINS = ("set", "list", "tuple", "len", "sorted", "isinstance")
KIT_BUILTINS = ("loop", "asyncio", "record", "new_event_loop", "clock_resolution", "thread_after")
BUILTIN_NAMES = frozenset(EXCEPTION_TYPES + PLAIN_BUILTINS + KIT_BUILTINS + ("None", "True", "False"))

ASYNCIO_ATTRS = ("sleep", "gather", "wait", "current_task", "FIRST_COMPLETED", "FIRST_EXCEPTION",
                 "ALL_COMPLETED", "CancelledError", "InvalidStateError", "TimeoutError")
LOOP_METHODS = ("time", "call_soon", "call_soon_threadsafe", "call_later", "call_at",
                "run_forever", "run_until_complete", "stop", "close", "is_running", "is_closed",
                "create_future", "create_task")
HANDLE_METHODS = ("cancel", "cancelled", "when")
FUTURE_METHODS = ("result", "exception", "done", "cancelled", "cancel", "set_result",
                  "set_exception", "add_done_callback", "remove_done_callback")
TASK_METHODS = ("get_name", "cancelling", "uncancel")
ALLOWED_ATTRS = frozenset(ASYNCIO_ATTRS + LOOP_METHODS + HANDLE_METHODS + FUTURE_METHODS
                          + TASK_METHODS)

COMPARE_OPS = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">",
               ast.GtE: ">=", ast.Is: "is", ast.IsNot: "is not"}
BIN_OPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*"}


class InvalidProgram(Exception):
    """The program text is not in the scenario language; the message names the line."""


class ProgramChecker:
    """Checks that a parsed program stays inside the scenario language's subset of Python."""

    def __init__(self, tree):
        self.tree = tree
        self.functions = set()
        self.globals_assigned = set()

    def fail(self, node, what):
        raise InvalidProgram("line %s: %s" % (getattr(node, "lineno", "?"), what))

    def check(self):
        seen_statement = False
        for node in self.tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if seen_statement:
                    self.fail(node, "function '%s' defined after a module-level statement "
                                    "(all definitions come first)" % node.name)
                self.functions.add(node.name)
            else:
                seen_statement = True
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Assign):
                self.globals_assigned.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.ExceptHandler) and node.name:
                self.globals_assigned.add(node.name)
        for node in self.tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.check_function(node)
            else:
                self.check_stmt(node, params=(), is_async=False, in_function=False, in_except=False)

    def check_function(self, fn):
        if fn.decorator_list:
            self.fail(fn, "decorators are not in the language")
        a = fn.args
        if (a.vararg or a.kwarg or a.kwonlyargs or a.defaults or a.kw_defaults
                or getattr(a, "posonlyargs", [])):
            self.fail(fn, "function '%s': only plain positional parameters are allowed" % fn.name)
        if fn.returns or any(p.annotation for p in a.args):
            self.fail(fn, "annotations are not in the language")
        params = tuple(p.arg for p in a.args)
        for node in ast.walk(fn):
            if isinstance(node, ast.Assign):
                for t in node.targets:
                    if isinstance(t, ast.Name) and t.id in params:
                        self.fail(node, "assignment to parameter '%s' (assignments bind globals)"
                                  % t.id)
        for stmt in fn.body:
            self.check_stmt(stmt, params, isinstance(fn, ast.AsyncFunctionDef), True, False)

    def check_stmt(self, s, params, is_async, in_function, in_except):
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)):
            self.fail(s, "nested function definitions are not in the language")
        if isinstance(s, ast.Expr):
            if isinstance(s.value, ast.Await):
                self.check_await(s, s.value, params, is_async)
            else:
                self.check_expr(s.value, params)
        elif isinstance(s, ast.Assign):
            if len(s.targets) != 1 or not isinstance(s.targets[0], ast.Name):
                self.fail(s, "only 'name = expression' assignments are allowed")
            if isinstance(s.value, ast.Await):
                self.check_await(s, s.value, params, is_async)
            else:
                self.check_expr(s.value, params)
        elif isinstance(s, ast.Return):
            if not in_function:
                self.fail(s, "return outside a function")
            if s.value is not None:
                self.check_expr(s.value, params)
        elif isinstance(s, ast.Raise):
            if s.cause is not None:
                self.fail(s, "'raise ... from ...' is not in the language")
            if s.exc is None and not in_except:
                self.fail(s, "bare 'raise' outside an except block")
            if s.exc is not None:
                self.check_expr(s.exc, params)
        elif isinstance(s, ast.Pass):
            pass
        elif isinstance(s, ast.Try):
            if s.orelse:
                self.fail(s, "'try ... else' is not in the language")
            if not s.handlers and not s.finalbody:
                self.fail(s, "try needs an except or a finally")
            for b in s.body:
                self.check_stmt(b, params, is_async, in_function, in_except)
            for h in s.handlers:
                types = h.type.elts if isinstance(h.type, ast.Tuple) else (
                    [] if h.type is None else [h.type])
                for t in types:
                    if not isinstance(t, ast.Name) or t.id not in EXCEPTION_TYPES:
                        self.fail(h, "except must name exception types of the language "
                                     "(%s)" % ", ".join(EXCEPTION_TYPES))
                for b in h.body:
                    self.check_stmt(b, params, is_async, in_function, True)
            for b in s.finalbody:
                self.check_stmt(b, params, is_async, in_function, in_except)
        else:
            self.fail(s, "statement '%s' is not in the language" % type(s).__name__)

    def check_await(self, s, aw, params, is_async):
        if not is_async:
            self.fail(s, "await outside an async def")
        self.check_expr(aw.value, params)

    def check_expr(self, e, params):
        if isinstance(e, ast.Constant):
            v = e.value
            if not (v is None or isinstance(v, (bool, int, float, str))):
                self.fail(e, "constant %r is not in the language" % (v,))
        elif isinstance(e, ast.UnaryOp):
            if isinstance(e.op, ast.Not):
                self.check_expr(e.operand, params)
            elif (isinstance(e.op, ast.USub) and isinstance(e.operand, ast.Constant)
                  and isinstance(e.operand.value, (int, float))
                  and not isinstance(e.operand.value, bool)):
                pass
            else:
                self.fail(e, "unary operator other than 'not' / negative number literal")
        elif isinstance(e, ast.Name):
            if not (e.id in params or e.id in self.functions or e.id in self.globals_assigned
                    or e.id in BUILTIN_NAMES):
                self.fail(e, "unknown name '%s'" % e.id)
        elif isinstance(e, ast.Attribute):
            if e.attr not in ALLOWED_ATTRS:
                self.fail(e, "attribute '.%s' is not in the language" % e.attr)
            self.check_expr(e.value, params)
        elif isinstance(e, ast.Call):
            self.check_expr(e.func, params)
            for a in e.args:
                if isinstance(a, ast.Starred):
                    self.fail(e, "*args in a call is not in the language")
                self.check_expr(a, params)
            for k in e.keywords:
                if k.arg is None:
                    self.fail(e, "**kwargs in a call is not in the language")
                self.check_expr(k.value, params)
        elif isinstance(e, (ast.List, ast.Tuple, ast.Set)):
            for x in e.elts:
                if isinstance(x, ast.Starred):
                    self.fail(e, "starred item is not in the language")
                self.check_expr(x, params)
        elif isinstance(e, ast.BinOp):
            if type(e.op) not in BIN_OPS:
                self.fail(e, "operator %s is not in the language (only + - *)"
                          % type(e.op).__name__)
            self.check_expr(e.left, params)
            self.check_expr(e.right, params)
        elif isinstance(e, ast.Compare):
            if len(e.ops) != 1 or type(e.ops[0]) not in COMPARE_OPS:
                self.fail(e, "only single (non-chained) comparisons == != < <= > >= is, is not")
            self.check_expr(e.left, params)
            self.check_expr(e.comparators[0], params)
        elif isinstance(e, ast.Await):
            self.fail(e, "await only as a whole statement or the whole right side of '='")
        else:
            self.fail(e, "expression '%s' is not in the language" % type(e).__name__)


def check_string_tokens(text):
    """Strings are written with double quotes, without prefixes or triple quotes."""
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type == tokenize.STRING:
            s = tok.string
            if not s.startswith('"') or s.startswith('"""'):
                raise InvalidProgram("line %d: strings are written in double quotes: %s"
                                     % (tok.start[0], s))


def compile_program(text):
    """Parses, checks and compiles a program; assignments inside functions bind globals."""
    try:
        tree = ast.parse(text, "<program>")
        check_string_tokens(text)
    except SyntaxError as e:
        raise InvalidProgram("line %s: syntax error: %s" % (e.lineno, e.msg))
    ProgramChecker(tree).check()
    for fn in tree.body:
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names = []
            for node in ast.walk(fn):
                if isinstance(node, ast.Assign):
                    names.extend(t.id for t in node.targets)
                elif isinstance(node, ast.ExceptHandler) and node.name:
                    names.append(node.name)
            names = sorted(set(names))
            if names:
                fn.body.insert(0, ast.copy_location(ast.Global(names=names), fn.body[0]))
    ast.fix_missing_locations(tree)
    return compile(tree, "<program>", "exec")


# --------------------------------------------------------------------------------------------
# Trace values: the text form of spec/.../TraceValue.java and TraceText.java
# --------------------------------------------------------------------------------------------
# A value tree is a tuple: ("none",), ("bool", b), ("int", i), ("float", f), ("str", s),
# ("list", [..]), ("tuple", [..]), ("set", [..]), ("error", type, message), ("ref", name),
# ("opaque", typename).

def print_value(v):
    kind = v[0]
    if kind == "none":
        return "None"
    if kind == "bool":
        return "True" if v[1] else "False"
    if kind == "int":
        return str(v[1])
    if kind == "float":
        return repr(v[1])
    if kind == "str":
        return repr(v[1])
    if kind == "list":
        return "[" + ", ".join(print_value(x) for x in v[1]) + "]"
    if kind == "tuple":
        if len(v[1]) == 1:
            return "(" + print_value(v[1][0]) + ",)"
        return "(" + ", ".join(print_value(x) for x in v[1]) + ")"
    if kind == "set":
        if not v[1]:
            return "set()"
        return "{" + ", ".join(sorted(print_value(x) for x in v[1])) + "}"
    if kind == "error":
        return v[1] + ("()" if v[2] == "" else "(" + repr(v[2]) + ")")
    if kind == "ref":
        return v[1]
    if kind == "opaque":
        return "<" + v[1] + ">"
    raise AssertionError(v)


def ref_type(obj):
    """The kit's reference type of a loop object, or None for any other object."""
    name = type(obj).__name__
    if isinstance(obj, asyncio.Task):
        return "Task"
    if asyncio.isfuture(obj):
        return "Future"
    if isinstance(obj, asyncio.TimerHandle) or name == "TimerHandle":
        return "TimerHandle"
    if isinstance(obj, asyncio.Handle) or name == "Handle":
        return "Handle"
    if isinstance(obj, asyncio.AbstractEventLoop):
        return "EventLoop"
    if inspect.iscoroutine(obj):
        return "Coroutine"
    return None


class Namer:
    """Names loop objects: the first program global bound to them, else <Type>#<n>."""

    def __init__(self, program_globals):
        self.globals = program_globals
        self.numbered = {}
        self.keep = []
        self.counts = collections.Counter()

    def name(self, obj, typ):
        for key, value in list(self.globals.items()):
            if value is obj and not key.startswith("__"):
                return key
        if id(obj) not in self.numbered:
            self.counts[typ] += 1
            self.numbered[id(obj)] = "%s#%d" % (typ, self.counts[typ])
            self.keep.append(obj)
        return self.numbered[id(obj)]

    def tree(self, v):
        if v is None:
            return ("none",)
        if isinstance(v, bool):
            return ("bool", v)
        if isinstance(v, int):
            return ("int", v)
        if isinstance(v, float):
            return ("float", v)
        if isinstance(v, str):
            return ("str", v)
        if isinstance(v, list):
            return ("list", [self.tree(x) for x in v])
        if isinstance(v, tuple):
            return ("tuple", [self.tree(x) for x in v])
        if isinstance(v, (set, frozenset)):
            return ("set", [self.tree(x) for x in v])
        if isinstance(v, BaseException):
            return ("error", type(v).__name__, str(v))
        typ = ref_type(v)
        if typ is not None:
            return ("ref", self.name(v, typ))
        return ("opaque", type(v).__name__)

    def text(self, v):
        return print_value(self.tree(v))


class TraceTextError(Exception):
    """An expected trace line that is not in the text form."""


class ValueParser:
    """Parses the text form of one value (as features write it)."""

    NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*(#[0-9]+)?")
    NUMBER = re.compile(r"-?(\d+\.?\d*([eE][-+]?\d+)?|\.\d+([eE][-+]?\d+)?|inf)")

    def __init__(self, text):
        self.s = text
        self.i = 0

    def error(self, what):
        raise TraceTextError("%s at column %d of %r" % (what, self.i + 1, self.s))

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] == " ":
            self.i += 1

    def peek(self):
        self.ws()
        return self.s[self.i] if self.i < len(self.s) else ""

    def expect(self, ch):
        if self.peek() != ch:
            self.error("expected %r" % ch)
        self.i += 1

    def parse(self):
        v = self.value()
        if self.peek():
            self.error("unexpected text after the value")
        return v

    def items(self, close):
        out = []
        trailing_comma = False
        while True:
            if self.peek() == close:
                self.i += 1
                return out, trailing_comma
            out.append(self.value())
            trailing_comma = False
            c = self.peek()
            if c == ",":
                self.i += 1
                trailing_comma = True
            elif c != close:
                self.error("expected ',' or %r" % close)

    def string(self):
        q = self.s[self.i]
        j = self.i + 1
        while j < len(self.s) and self.s[j] != q:
            j += 2 if self.s[j] == "\\" else 1
        if j >= len(self.s):
            self.error("unterminated string")
        token = self.s[self.i:j + 1]
        self.i = j + 1
        try:
            return ast.literal_eval(token)
        except (ValueError, SyntaxError):
            self.error("bad string %s" % token)

    def value(self):
        c = self.peek()
        if not c:
            self.error("missing value")
        if c in "'\"":
            return ("str", self.string())
        if c == "[":
            self.i += 1
            return ("list", self.items("]")[0])
        if c == "(":
            self.i += 1
            items, trailing = self.items(")")
            if len(items) == 1 and not trailing:
                self.error("a one-item tuple is written (x,)")
            return ("tuple", items)
        if c == "{":
            self.i += 1
            items = self.items("}")[0]
            if not items:
                self.error("the empty set is written set()")
            return ("set", items)
        if c == "<":
            j = self.s.find(">", self.i)
            if j < 0:
                self.error("unterminated <type>")
            name = self.s[self.i + 1:j]
            self.i = j + 1
            return ("opaque", name)
        m = self.NUMBER.match(self.s, self.i)
        if m and (c.isdigit() or c in "-."):
            token = m.group(0)
            self.i = m.end()
            if re.fullmatch(r"-?\d+", token):
                return ("int", int(token))
            return ("float", float(token))
        m = self.NAME.match(self.s, self.i)
        if not m:
            self.error("not a value")
        word = m.group(0)
        self.i = m.end()
        if word == "None":
            return ("none",)
        if word in ("True", "False"):
            return ("bool", word == "True")
        if word in ("nan", "inf"):
            return ("float", float(word))
        if word == "set" and self.s.startswith("()", self.i):
            self.i += 2
            return ("set", [])
        if self.i < len(self.s) and self.s[self.i] == "(":
            self.i += 1
            if self.peek() == ")":
                self.i += 1
                return ("error", word, "")
            if self.peek() not in "'\"":
                self.error("an exception's message is a string")
            msg = self.string()
            self.expect(")")
            return ("error", word, msg)
        return ("ref", word)


def canonical_line(line):
    """The canonical text of one expected trace line (values re-printed, sets sorted)."""
    if line.startswith("!"):
        head, sep, rest = line.partition(":")
        if head not in ("!handler", "!raised"):
            raise TraceTextError("unknown event kind %r (only !handler and !raised)" % head)
        if not sep:
            if head == "!raised":
                raise TraceTextError("'!raised' needs an exception value")
            return head
        return head + ": " + print_value(ValueParser(rest.strip()).parse())
    label, sep, rest = line.partition(": ")
    if not sep:
        return line.rstrip()
    return label + ": " + print_value(ValueParser(rest.strip()).parse())


# --------------------------------------------------------------------------------------------
# Running one program (the --one mode, inside its own subprocess)
# --------------------------------------------------------------------------------------------

def loop_factory(spec):
    """(factory, clock resolution) for --loop asyncio | uvloop | module:callable."""
    monotonic = time.get_clock_info("monotonic").resolution
    if spec == "asyncio":
        return asyncio.new_event_loop, monotonic
    if spec == "uvloop":
        uvloop = importlib.import_module("uvloop")
        return uvloop.new_event_loop, 0.001
    module, sep, attr = spec.partition(":")
    if not sep or not module or not attr:
        raise ValueError("--loop must be asyncio, uvloop or module:callable, not %r" % spec)
    factory = getattr(importlib.import_module(module), attr)

    def resolution_of(lp):
        return getattr(lp, "_clock_resolution", monotonic)
    return factory, resolution_of


def run_program(text, spec):
    """Runs a program on a fresh loop and returns its trace as text lines."""
    code = compile_program(text)
    factory, resolution = loop_factory(spec)
    lines = []
    loops = []
    program_globals = {}
    namer = Namer(program_globals)

    def handler(lp, context):
        if "handle" not in context:
            return  # "never retrieved", "destroyed but pending": timing depends on the GC
        exc = context.get("exception")
        lines.append("!handler" if exc is None else "!handler: " + namer.text(exc))

    def new_event_loop():
        lp = factory()
        lp.set_exception_handler(handler)
        loops.append(lp)
        return lp

    def record(label, *value):
        if not isinstance(label, str) or label.startswith("!"):
            raise ValueError("record: the label must be a string not starting with '!', got %r"
                             % (label,))
        if len(value) > 1:
            raise TypeError("record(label) or record(label, value)")
        lines.append(label if not value else label + ": " + namer.text(value[0]))

    def thread_after(delay, fn, *args):
        t = threading.Timer(delay, fn, args)
        t.daemon = True
        t.start()

    main_loop = new_event_loop()
    res = resolution(main_loop) if callable(resolution) else resolution

    def clock_resolution():
        return res

    builtins_module = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
    allowed = {name: builtins_module[name] for name in PLAIN_BUILTINS}
    for name in EXCEPTION_TYPES:
        allowed[name] = builtins_module.get(name)
    allowed["CancelledError"] = asyncio.CancelledError
    allowed["InvalidStateError"] = asyncio.InvalidStateError
    allowed["TimeoutError"] = builtins_module["TimeoutError"]
    program_globals["__builtins__"] = allowed
    program_globals.update(loop=main_loop, asyncio=asyncio, record=record,
                           new_event_loop=new_event_loop, clock_resolution=clock_resolution,
                           thread_after=thread_after)
    try:
        exec(code, program_globals)
    except BaseException as e:  # the program's outcome, KeyboardInterrupt included
        lines.append("!raised: " + namer.text(e))
    finally:
        for lp in loops:
            if not lp.is_running() and not lp.is_closed():
                lp.close()
    return lines


def one_mode(spec):
    """--one: read {"program": text} on stdin, write {"lines": [...]} or {"invalid": msg}."""
    request = json.loads(sys.stdin.read())
    try:
        out = {"lines": run_program(request["program"], spec)}
    except InvalidProgram as e:
        out = {"invalid": str(e)}
    sys.stdout.write("\n" + json.dumps(out) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # do not wait for stray threads


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


def expected_lines(text):
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        try:
            out.append(canonical_line(s))
        except TraceTextError as e:
            raise TraceTextError("expected trace line %d: %s" % (n, e))
    return out


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


def run_scenario(sc, args):
    if sc.problems:
        return Outcome(sc, "ERROR", detail="; ".join(sc.problems))
    try:
        expected = expected_lines(sc.expected)
    except TraceTextError as e:
        return Outcome(sc, "ERROR", detail=str(e))
    try:
        compile_program(sc.program)
    except InvalidProgram as e:
        return Outcome(sc, "ERROR", expected=expected, detail="invalid program: %s" % e)
    cmd = [sys.executable, os.path.abspath(__file__), "--one", "--loop", args.loop]
    try:
        proc = subprocess.run(cmd, input=json.dumps({"program": sc.program}),
                              capture_output=True, text=True, timeout=args.budget)
    except subprocess.TimeoutExpired:
        return Outcome(sc, "ERROR", expected=expected,
                       detail="no result within the time budget of %gs" % args.budget)
    lastline = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    try:
        result = json.loads(lastline)
    except ValueError:
        return Outcome(sc, "ERROR", expected=expected,
                       detail="the runner crashed (exit code %s):\n%s"
                       % (proc.returncode, proc.stderr.strip()))
    if "invalid" in result:
        return Outcome(sc, "ERROR", expected=expected, detail="invalid program: " + result["invalid"])
    actual = result["lines"]
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


def default_features_dir():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    return os.path.join(repo, "features", "src", "main", "resources", "features")


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Run the kit's Gherkin scenarios as real Python on a real event loop and "
                    "compare each trace with the expected one.")
    parser.add_argument("features", nargs="?", default=default_features_dir(),
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
    parser.add_argument("--jobs", type=int, default=1,
                        help="scenarios run at the same time (default 1)")
    parser.add_argument("--one", action="store_true",
                        help="internal: run one program read as JSON from stdin")
    args = parser.parse_args(argv)
    if args.one:
        one_mode(args.loop)
        return 0
    try:
        loop_factory(args.loop)
    except Exception as e:  # a missing module or attribute, a malformed spec
        parser.error("--loop %s is not usable: %s: %s" % (args.loop, type(e).__name__, e))
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
    print("%d scenarios from %s on Python %s, loop %s"
          % (len(scenarios), root, sys.version.split()[0], args.loop))
    counts = collections.Counter()
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        futures = [pool.submit(run_scenario, sc, args) for sc in scenarios]
        for fut in futures:
            o = fut.result()
            counts[o.status] += 1
            where = "%s:%d" % (os.path.relpath(o.scenario.path, root), o.scenario.line)
            print("%-5s %s  (%s)" % (o.status, o.scenario.name, where))
            if o.status != "PASS":
                report_problem(o, root)
            sys.stdout.flush()
    summary = "%d passed, %d failed" % (counts["PASS"], counts["FAIL"])
    if counts["ERROR"]:
        summary += ", %d errors" % counts["ERROR"]
    print(summary)
    return 0 if counts["PASS"] == len(scenarios) else 1


if __name__ == "__main__":
    sys.exit(main())
