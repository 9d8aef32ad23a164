"""The vocabulary of the scenario language (spec/vocabulary.json): every name a program may use.

The file is looked for next to this module first (the Java kit unpacks the driver and the
vocabulary into one directory), then at ../../spec/vocabulary.json (the repository's layout). It
is read once, at import; a missing or malformed file ends the process with a message naming the
path (exit status 2, as for a loop that cannot be made). Everything here is derived from the file:
the driver writes no list of the language's names of its own.
"""

import json
import os
import re
import sys
from collections import namedtuple

FILE = "vocabulary.json"
FORMAT = "asyncio-tck-vocabulary/1"
ALL_VERSIONS = "3.10+"  # the versions of a name without a "python" field

# A method, a name of the asyncio module or a builtin. role: "method"; for an asyncio name
# "function", "class", "base class" (only a base of a program's class: class P(asyncio.Protocol):),
# "constant" or "exception"; for a builtin "kit", "python" or the module it comes from (one of
# MODULE_ROLES: "contextvars", "concurrent.futures", "signal", "subprocess", "socket"). python: a version
# range. returns: the kind asyncio documents it returns; none: when it returns None instead;
# async_for_gives: the kind of each item async for over what it returns gives; await_gives: what
# awaiting the coroutine it returns gives, a kind or, for a tuple, a tuple of kinds (None for an
# item that is not the loop's object: the program's protocol, an address).
Name = namedtuple("Name", "name role python signature note returns none async_for_gives await_gives")
# A kind of object: its methods include those of the kind it extends (listed first).
Kind = namedtuple("Kind", "name what extends methods")
# An exception type of the language; base is None for BaseException; module is "builtins" or
# "asyncio".
# also: its other bases of the language (SSLCertVerificationError is also a ValueError).
ExceptionType = namedtuple("ExceptionType", "name base module python also")


# The roles of builtins that are names of a module of Python's, which every program sees without
# an import (ContextVar is contextvars.ContextVar, ThreadPoolExecutor
# concurrent.futures.ThreadPoolExecutor): the role is the module's name.
MODULE_ROLES = ("contextvars", "concurrent.futures", "signal", "subprocess", "socket")
BUILTIN_ROLES = ("kit", "python") + MODULE_ROLES


class VocabularyError(Exception):
    """The vocabulary file is missing or malformed; the message names the path."""


def candidates():
    """Where the vocabulary is looked for, in order."""
    here = os.path.dirname(os.path.abspath(__file__))
    return [os.path.join(here, FILE),
            os.path.normpath(os.path.join(here, os.pardir, os.pardir, "spec", FILE))]


_RANGE = re.compile(r"(\d+)\.(\d+)(?:(\+)|-(\d+)\.(\d+))?")


def version_range(text):
    """((major, minor), (major, minor) or None) of a range such as 3.10+, 3.10-3.12 or 3.11;
    None if the text is not one."""
    m = _RANGE.fullmatch(text.strip()) if isinstance(text, str) else None
    if m is None:
        return None
    low = (int(m.group(1)), int(m.group(2)))
    if m.group(3):
        return low, None
    high = (int(m.group(4)), int(m.group(5))) if m.group(4) else low
    return (low, high) if low <= high else None


def in_range(text, version=None):
    """Whether a version (default: this interpreter's) is in a range such as 3.11+."""
    low, high = version_range(text)
    version = tuple((version or sys.version_info)[:2])
    return low <= version and (high is None or version <= high)


class Vocabulary:
    """The parsed file; checks its shape, naming the JSON Pointer of a fault."""

    def __init__(self, root, path):
        self.path = path
        if not isinstance(root, dict) or root.get("format") != FORMAT:
            self.fail("/format", 'expected "%s"' % FORMAT)
        self.kinds = {}
        for i, kind in enumerate(self.array(root, "kinds")):
            at = "/kinds/%d" % i
            parent = kind.get("extends")
            inherited = ()
            if parent is not None:
                if parent not in self.kinds:
                    self.fail(at + "/extends", "%r is not a kind defined before" % (parent,))
                inherited = self.kinds[parent].methods
            methods = inherited + self.names(kind, "methods", at, "method")
            self.kinds[self.text(kind, "name", at)] = Kind(
                kind["name"], self.text(kind, "what", at), parent, methods)
        self.asyncio = self.names(root, "asyncio", "")
        self.builtins = self.names(root, "builtins", "")
        for at, names, roles in (("/asyncio", self.asyncio, ("function", "class", "base class",
                                                              "constant", "exception")),
                                 ("/builtins", self.builtins, BUILTIN_ROLES)):
            for i, n in enumerate(names):
                if n.role not in roles:
                    self.fail("%s/%d/is" % (at, i), "expected one of %s" % ", ".join(roles))
        self.exceptions = tuple(
            ExceptionType(self.text(e, "name", "/exceptions/%d" % i), e.get("base"),
                          e.get("module", "builtins"), e.get("python", ALL_VERSIONS),
                          tuple(e.get("also", ())))
            for i, e in enumerate(self.array(root, "exceptions")))
        known = set(e.name for e in self.exceptions)
        for i, e in enumerate(self.exceptions):
            if e.base is not None and e.base not in known:
                self.fail("/exceptions/%d/base" % i, "%r is not an exception type of the "
                                                    "vocabulary" % (e.base,))
        self.keywords = tuple(self.array(root, "keywords"))
        budget = root.get("step_budget")
        self.step_budget = budget.get("iterations") if isinstance(budget, dict) else None
        if isinstance(self.step_budget, bool) or not isinstance(self.step_budget, int) \
                or self.step_budget <= 0:
            self.fail("/step_budget/iterations", "expected a positive integer")
        leaks = root.get("leaks")
        if not isinstance(leaks, dict):
            self.fail("/leaks", "expected an object with join_seconds and resources")
        self.leak_join_seconds = seconds = leaks.get("join_seconds")
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not seconds > 0:
            self.fail("/leaks/join_seconds", "expected a positive number of seconds")
        self.leak_resources = leaks.get("resources")
        if not isinstance(self.leak_resources, dict) or not all(
                isinstance(clause, str) and clause for clause in self.leak_resources.values()):
            self.fail("/leaks/resources", "expected an object naming each resource's clause")
        defaults = root.get("signal_defaults")
        self.signal_defaults = {}
        for key in ("ends_the_process", "ignored"):
            names = defaults.get(key) if isinstance(defaults, dict) else None
            if not isinstance(names, list) or not all(
                    isinstance(n, str) and n.startswith("SIG") for n in names):
                self.fail("/signal_defaults/" + key, "expected a list of signal names (SIGUSR1, ...)")
            self.signal_defaults[key] = tuple(names)
        callbacks = root.get("protocol_callbacks")
        self.protocol_callbacks = {}
        for base, names in (callbacks.items() if isinstance(callbacks, dict) else ()):
            if base == "doc":
                continue
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                self.fail("/protocol_callbacks/" + base, "expected a list of callback names")
            self.protocol_callbacks[base] = tuple(names)
        stress = root.get("stress")
        self.stress_budget_factor = stress.get("budget_factor") if isinstance(stress, dict) else None
        if isinstance(self.stress_budget_factor, bool) or not isinstance(self.stress_budget_factor, int) \
                or self.stress_budget_factor <= 0:
            self.fail("/stress/budget_factor", "expected a positive integer")
        self.long_budget_factor = stress.get("long_budget_factor")
        if isinstance(self.long_budget_factor, bool) or not isinstance(self.long_budget_factor, int) \
                or self.long_budget_factor <= 0:
            self.fail("/stress/long_budget_factor", "expected a positive integer")
        for name in [m for k in self.kinds.values() for m in k.methods] + list(self.asyncio):
            if name.returns is not None and name.returns not in self.kinds:
                self.fail("/kinds", "%s returns %r, which is not a kind" % (name.name, name.returns))
            if name.async_for_gives is not None and name.async_for_gives not in self.kinds:
                self.fail("/asyncio", "%s says async for over it gives %r, which is not a kind"
                          % (name.name, name.async_for_gives))
            awaited = name.await_gives if isinstance(name.await_gives, tuple) else (name.await_gives,)
            if name.await_gives is not None and (name.returns != "Coroutine" or not any(awaited)
                                                 or not all(k is None or k in self.kinds for k in awaited)):
                self.fail("/kinds", "%s says awaiting it gives %r: expected kinds, next to returns Coroutine"
                          % (name.name, name.await_gives))

    def fail(self, at, problem):
        raise VocabularyError("the vocabulary %s is malformed: at %s: %s"
                              % (self.path, at or "(root)", problem))

    def array(self, node, key, at=""):
        value = node.get(key)
        if not isinstance(value, list):
            self.fail("%s/%s" % (at, key), "expected an array")
        return value

    def text(self, node, key, at):
        if not isinstance(node, dict) or not isinstance(node.get(key), str):
            self.fail("%s/%s" % (at, key), "expected a string")
        return node[key]

    def names(self, node, key, at, role=None):
        out = []
        for i, n in enumerate(self.array(node, key, at)):
            where = "%s/%s/%d" % (at, key, i)
            name = self.text(n, "name", where)
            python = n.get("python", ALL_VERSIONS)
            if version_range(python) is None:
                self.fail(where + "/python", "expected a version such as 3.10+, 3.10-3.12 or 3.11")
            returns = n.get("returns")
            if returns is not None and not isinstance(returns, str):
                self.fail(where + "/returns", "expected the name of a kind")
            none = n.get("none")
            if none is not None and (not isinstance(none, str) or returns is None):
                self.fail(where + "/none", "expected when it returns None, next to what it returns otherwise")
            gives = n.get("async_for_gives")
            if gives is not None and not isinstance(gives, str):
                self.fail(where + "/async_for_gives", "expected the name of a kind")
            awaited = n.get("await_gives")
            if isinstance(awaited, list) and all(k is None or isinstance(k, str) for k in awaited):
                awaited = tuple(awaited)
            elif awaited is not None and not isinstance(awaited, str):
                self.fail(where + "/await_gives", "expected the name of a kind, or an array of kinds and nulls")
            is_ = self.text(n, "is", where) if role is None or (role == "method" and "is" in n) else role
            if role == "method" and is_ not in ("method", "attribute"):
                self.fail(where + "/is", 'expected "method" or "attribute"')
            out.append(Name(name, is_, python,
                            n.get("signature", name), n.get("note", ""), returns, none, gives, awaited))
        return tuple(out)


def load(paths=None):
    """The Vocabulary of the first file of paths (default: candidates()) that exists."""
    paths = paths or candidates()
    for path in paths:
        if os.path.isfile(path):
            try:
                with open(path, encoding="utf-8") as f:
                    root = json.load(f)
            except (OSError, ValueError) as e:
                raise VocabularyError("cannot read the vocabulary %s: %s" % (path, e))
            return Vocabulary(root, path)
    raise VocabularyError("the vocabulary is missing: no %s (the driver reads the scenario "
                          "language's names from it)" % " nor ".join(paths))


try:
    VOCABULARY = load()
except VocabularyError as _e:
    sys.stderr.write("asyncio-tck Python driver: %s\n" % _e)
    raise SystemExit(2)

# -- what the driver needs, precomputed ----------------------------------------------------

PATH = VOCABULARY.path
KINDS = VOCABULARY.kinds
# Method names of each kind (inherited ones first), and what a kind is called in messages.
METHODS = dict((k.name, tuple(m.name for m in k.methods)) for k in KINDS.values())
WHAT = dict((k.name, k.what) for k in KINDS.values())


def _asyncio(role):
    return tuple(n.name for n in VOCABULARY.asyncio if n.role == role)


ASYNCIO = tuple(n.name for n in VOCABULARY.asyncio)
ASYNCIO_FUNCTIONS = _asyncio("function")
ASYNCIO_CONSTANTS = _asyncio("constant")
ASYNCIO_EXCEPTIONS = _asyncio("exception")
# The names a program's class may have as its base (asyncio.Protocol); not values otherwise.
ASYNCIO_BASE_CLASSES = _asyncio("base class")
# The kind of the objects each asyncio class makes (BoundedSemaphore's are Semaphores).
CLASS_KINDS = tuple((n.name, n.returns) for n in VOCABULARY.asyncio if n.role == "class")
KIT_BUILTINS = tuple(n.name for n in VOCABULARY.builtins if n.role == "kit")
PYTHON_BUILTINS = tuple(n.name for n in VOCABULARY.builtins if n.role == "python")
# Names of Python's modules every program sees without an import, with their module's name (the
# role): (("ContextVar", "contextvars"), ..., ("ThreadPoolExecutor", "concurrent.futures")).
MODULE_BUILTINS = tuple((n.name, n.role) for n in VOCABULARY.builtins if n.role in MODULE_ROLES)
EXCEPTIONS = VOCABULARY.exceptions
EXCEPTION_TYPES = tuple(e.name for e in EXCEPTIONS)
KEYWORDS = frozenset(VOCABULARY.keywords)
STEP_BUDGET = VOCABULARY.step_budget
# After a program run alone: how long the threads that appeared get, in all, to end (seconds),
# and the resources whose leaks are reported, each with the clause a leak of it breaks
# ({"fd": "RESOURCE-FD-1", "thread": "RESOURCE-THREAD-1"}).
LEAK_JOIN_SECONDS = float(VOCABULARY.leak_join_seconds)
LEAK_RESOURCES = dict(VOCABULARY.leak_resources)
# How many times the program budget a scenario tagged @stress has.
STRESS_BUDGET_FACTOR = VOCABULARY.stress_budget_factor
# The signals whose default action ends the process, which raise_signal refuses when nothing
# handles them: names of Python's signal module (SIGUSR1, ...).
SIGNALS_ENDING_THE_PROCESS = VOCABULARY.signal_defaults["ends_the_process"]
# How many times the program budget a scenario tagged @long (and @stress) has.
LONG_BUDGET_FACTOR = VOCABULARY.long_budget_factor


# Every method of a kind and every name of the asyncio module: the calls the fields below describe.
CALLS = tuple(m for k in KINDS.values() for m in k.methods) + tuple(VOCABULARY.asyncio)
# What asyncio documents these calls return: a loop returning anything else deviates.
RETURNS = dict((n.name, n.returns) for n in CALLS if n.returns is not None)
# What async for over what these asyncio functions return gives (as_completed: Futures): an item
# of another kind is the loop's deviation too.
ASYNC_FOR_GIVES = dict((n.name, n.async_for_gives) for n in VOCABULARY.asyncio if n.async_for_gives is not None)
# What awaiting the coroutines these calls return gives (create_server: a Server; create_connection:
# a tuple whose first item is a Transport): a value of another shape, or an item lacking its
# kind's methods, is the loop's deviation too.
AWAIT_GIVES = dict((n.name, n.await_gives) for n in CALLS if n.await_gives is not None)
# When asyncio returns None instead, for the calls that may.
NONE_WHEN = dict((n.name, n.none) for n in CALLS if n.none is not None)
# The methods of each kind that exist on this interpreter's Python (their "python" range).
METHODS_HERE = dict((k.name, tuple(m.name for m in k.methods if in_range(m.python))) for k in KINDS.values())


def is_kind(kind, wanted):
    """Whether objects of kind are of kind wanted (a Task is a Future, a TimerHandle a Handle)."""
    while kind is not None:
        if kind == wanted:
            return True
        kind = KINDS[kind].extends if kind in KINDS else None
    return False
