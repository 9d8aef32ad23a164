"""Runs a translated program on a fresh loop and returns its trace (JSON form, spec/language.md).

One Runner serves many programs in one process: each gets a fresh loop, fresh globals and its own
Session; what a program leaves behind (pending tasks, timers of thread_after, threads of
threadsafe_flood, a loop implicitly created through the event-loop policy) is cleared before the
next one starts.
"""

import asyncio
import asyncio.subprocess
import builtins
import collections.abc
import concurrent.futures
import contextvars
import functools
import importlib
import inspect
import itertools
import json
import logging
import math
import os
import platform
import re
import shutil
import signal
import socket
import ssl
import tempfile
import sys
import threading
import time
import warnings
import weakref

import tck_program
import tck_resources
import tck_vocabulary as vocabulary
from tck_program import InvalidProgram

TRACE_FORMAT = "asyncio-tck-trace/1"
UVLOOP_MISSING = ("--loop uvloop: uvloop is not installed for %s (Python %s); install it with "
                  "'apt-get install python3-uvloop' (Debian's python3) or 'pip install uvloop'")


# What a trace says of a list or dict that holds itself (the Java interpreter says the same).
HOLDS_ITSELF = ("a recorded value holds itself (a list or dict that contains itself, directly or deeper);"
                " a trace cannot show it")


class LoopSpecError(Exception):
    """--loop names something that cannot make loops."""


def loop_factory(spec):
    """(factory, version, resolution_of(loop)) for asyncio | uvloop | module:callable."""
    monotonic = time.get_clock_info("monotonic").resolution
    if spec == "asyncio":
        return asyncio.new_event_loop, platform.python_version(), lambda lp: monotonic
    if spec == "uvloop":
        try:
            uvloop = importlib.import_module("uvloop")
        except ImportError:
            raise LoopSpecError(UVLOOP_MISSING % (sys.executable, platform.python_version()))
        return uvloop.new_event_loop, getattr(uvloop, "__version__", "unknown"), lambda lp: 0.001
    module, sep, attr = spec.partition(":")
    if not sep or not module or not attr:
        raise LoopSpecError("--loop is asyncio, uvloop or MODULE:CALLABLE, not %r" % spec)
    try:
        mod = importlib.import_module(module)
    except ImportError as e:
        raise LoopSpecError("--loop %s: cannot import %s: %s" % (spec, module, e))
    factory = getattr(mod, attr, None)
    if not callable(factory):
        raise LoopSpecError("--loop %s: module %s has no callable %r" % (spec, module, attr))
    return factory, module_version(module), lambda lp: getattr(lp, "_clock_resolution", monotonic)


def module_version(module):
    """The version of the distribution a module comes from, or "unknown"."""
    top = module.partition(".")[0]
    for name in (module, top):
        version = getattr(sys.modules.get(name), "__version__", None)
        if version:
            return str(version)
    distribution = distribution_of(top)
    return distribution[1] if distribution else "unknown"


def distribution_of(top_module):
    """(name, version) of the installed distribution that provides a top-level module, or None
    (a standard library or local module, or a Python without importlib.metadata's mapping)."""
    try:
        from importlib import metadata
        names = metadata.packages_distributions().get(top_module, [])  # Python 3.10+
        return (names[0], metadata.version(names[0])) if names else None
    except Exception:
        return None


def implementation_of(spec, loop, version):
    """(name, version) of the implementation behind a MODULE:CALLABLE loop: the distribution of
    the first class of the loop's type (its own, else a base class) that comes from one, e.g.
    ("gbulb", "0.6.3") for a factory of a local module returning a gbulb loop; else the spec."""
    stdlib = getattr(sys, "stdlib_module_names", ())  # Python 3.10+
    for cls in type(loop).__mro__:
        top = cls.__module__.partition(".")[0]
        found = distribution_of(top)
        if found:
            return found
        if top in stdlib and top != "builtins":
            return spec, platform.python_version()  # a loop of the standard library's asyncio
    return spec, version


# -- kinds of objects ----------------------------------------------------------------------

_KIND_CACHE = {}
# asyncio's classes present on this Python, with the kind of their objects.
_CLASSES = tuple((getattr(asyncio, name), kind) for name, kind in vocabulary.CLASS_KINDS
                 if hasattr(asyncio, name))


# The exception groups a TaskGroup raises (3.11+): values whose 'exceptions' the language reads.
_EXCEPTION_GROUP = getattr(builtins, "BaseExceptionGroup", None)
# What a transport's get_extra_info("socket") and a server's sockets hold (3.8+).
_TRANSPORT_SOCKET = getattr(getattr(asyncio, "trsock", None), "TransportSocket", ())


def _class_kind(cls):
    for c, kind in _CLASSES:
        if issubclass(cls, c):
            return kind
    return None


def _stream_kind(cls):
    """The kind of an object of a subclass of asyncio's stream classes (a loop's own)."""
    for base in (asyncio.StreamReader, asyncio.StreamWriter, asyncio.IncompleteReadError,
                 asyncio.LimitOverrunError):
        if issubclass(cls, base):
            return base.__name__
    return None


def ref_type(obj):
    """The trace reference type of a loop object ("Task", "Future", ...), or None."""
    cls = type(obj)
    try:
        return _KIND_CACHE[cls]
    except KeyError:
        pass
    if issubclass(cls, asyncio.Task):
        kind = "Task"
    elif asyncio.isfuture(obj):
        kind = "Future"
    elif issubclass(cls, asyncio.TimerHandle):
        kind = "TimerHandle"
    elif issubclass(cls, asyncio.Handle):
        kind = "Handle"
    elif issubclass(cls, asyncio.AbstractEventLoop):
        kind = "EventLoop"
    elif inspect.iscoroutine(obj) or isinstance(obj, collections.abc.Coroutine):
        kind = "Coroutine"  # uvloop's coroutines (create_server()...) are Cython's, not Python's
    elif inspect.isasyncgen(obj):
        kind = "AsyncGenerator"
    elif issubclass(cls, (contextvars.ContextVar, contextvars.Context, contextvars.Token)):
        kind = cls.__name__
    elif issubclass(cls, (asyncio.StreamReader, asyncio.StreamWriter, asyncio.IncompleteReadError,
                          asyncio.LimitOverrunError)):
        kind = cls.__name__ if cls.__module__.startswith("asyncio") else _stream_kind(cls)
    elif callable(getattr(cls, "sendto", None)) and callable(getattr(cls, "get_extra_info", None)):
        kind = "DatagramTransport"  # asyncio's is not a DatagramTransport before 3.13, uvloop's none
    elif issubclass(cls, asyncio.BaseTransport):
        kind = "Transport"
    elif issubclass(cls, asyncio.AbstractServer):
        kind = "Server"
    elif issubclass(cls, socket.socket):
        kind = "Socket"  # of the kit's socketpair()
    elif issubclass(cls, asyncio.subprocess.Process):
        kind = "Process"
    elif issubclass(cls, _TRANSPORT_SOCKET):
        kind = "TransportSocket"
    elif issubclass(cls, concurrent.futures.Future):
        kind = "ConcurrentFuture"  # of run_coroutine_threadsafe
    elif issubclass(cls, concurrent.futures.Executor):
        kind = "Executor"  # a ThreadPoolExecutor, or the default executor a loop made
    elif _class_kind(cls) is not None:
        kind = _class_kind(cls)
    elif _EXCEPTION_GROUP is not None and issubclass(cls, _EXCEPTION_GROUP):
        kind = "ExceptionGroup"
    elif callable(getattr(cls, "cancel", None)) and callable(getattr(cls, "cancelled", None)):
        # uvloop's handles are not asyncio's classes: known by what they do.
        kind = "TimerHandle" if callable(getattr(cls, "when", None)) else "Handle"
    elif callable(getattr(cls, "run_forever", None)) and callable(getattr(cls, "call_soon", None)):
        kind = "EventLoop"
    # uvloop's transports (TCPTransport), servers (Server) and sockets (PseudoSocket) are not
    # asyncio's classes either.
    elif callable(getattr(cls, "write", None)) and callable(getattr(cls, "get_extra_info", None)):
        kind = "Transport"
    elif callable(getattr(cls, "is_serving", None)) and callable(getattr(cls, "wait_closed", None)):
        kind = "Server"
    elif callable(getattr(cls, "getsockname", None)):
        kind = "TransportSocket"
    else:
        kind = None
    _KIND_CACHE[cls] = kind
    return kind


class RuntimeInvalid(BaseException):
    """The program did something the language does not have, found while it ran."""


class LoopDeviation(BaseException):
    """The loop returned an object of another kind than asyncio documents: the program stops."""


class StepsRanOut(BaseException):
    """The program's for and while loops ran past the step budget: the run ends as a timeout."""


STEPS_RAN_OUT = ("the program's loops ran past their step budget of %d iterations (a for or while "
                 "kept going: a condition the loop should have changed did not)"
                 % vocabulary.STEP_BUDGET)


class StepBudgetExceeded(Exception):
    """A run whose loops ran past the step budget (the vocabulary's step_budget); the message
    says so. The driver answers it as a timeout."""


class WrongKind(Exception):
    """A run in which the loop returned an object of another kind than asyncio documents, or one
    lacking a method of that kind: a failure of the loop (of the check's clause), not of the
    program. The message names what came back and what asyncio returns."""


# Where a loop object comes from (Session.remember): the call, a reference to the object, the kind
# asyncio documents it as, and how the program got it: RETURNED by the call, GAVE by async for over
# what the call returned, AWAITED (the value of awaiting the call's coroutine) or, for an item of
# the tuple that value is, the item's index.
Origin = collections.namedtuple("Origin", "call ref kind how")
RETURNED, GAVE, AWAITED = "returned", "gave", "awaited"
# The file name a program's code is compiled with.
PROGRAM_FILE = "<program>"


def type_name(obj):
    """How a message names the type of obj: None, or its class's module and qualified name."""
    cls = type(obj)
    return "None" if obj is None else "%s.%s" % (cls.__module__, cls.__qualname__)


class GivenItems:
    """The asynchronous iteration of what a call returned whose async for gives items of a kind
    (as_completed: Futures): the same items, each remembered as given by that call
    (Session.ret), so that one lacking a method of that kind is the loop's deviation, not an
    invalid program. A class, not an async generator, so that leaving the loop early finalizes
    nothing on the loop."""

    def __init__(self, session, iterator, call):
        self.session, self.iterator, self.call = session, iterator, call

    def __aiter__(self):
        return self

    async def __anext__(self):
        item = await self.iterator.__anext__()
        if self.session.origin(item) is None:  # a task of create_task stays create_task's
            self.session.remember(item, self.call, vocabulary.ASYNC_FOR_GIVES[self.call], GAVE)
        return item


# -- the builtins every program sees -------------------------------------------------------

# The kit's builtins (the vocabulary's "kit" names), by name: each one's value in a Session.
KIT_BUILTINS = {
    "loop": lambda session: session.main_loop,
    "asyncio": lambda session: asyncio,
    "record": lambda session: session.record,
    "new_event_loop": lambda session: session.new_event_loop,
    "clock_resolution": lambda session: session.clock_resolution,
    "thread_after": lambda session: session.thread_after,
    "blocking_sleep": lambda session: blocking_sleep,
    "threadsafe_flood": lambda session: session.threadsafe_flood,
    "socketpair": lambda session: socketpair,
    "asyncio_warnings": lambda session: session.asyncio_warnings,
    "tcp_listener": lambda session: tcp_listener,
    "tcp_socket": lambda session: tcp_socket,
    "raise_signal": lambda session: raise_signal,
    "unix_socket_path": lambda session: session.unix_socket_path,
    "tls_server_context": lambda session: tls_server_context,
    "tls_client_context": lambda session: tls_client_context,
}

# The modules whose exceptions the language names (the vocabulary's exceptions, by "module").
EXCEPTION_MODULES = {"builtins": builtins, "asyncio": asyncio, "ssl": ssl}


def tls_file(name):
    """A file of the kit's test certificates (spec/tls): next to this module (the Java kit unpacks
    them into tls/ beside the driver), else in the repository's spec/tls."""
    here = os.path.dirname(os.path.abspath(__file__))
    for directory in (os.path.join(here, "tls"), os.path.join(here, os.pardir, os.pardir, "spec", "tls")):
        path = os.path.normpath(os.path.join(directory, name))
        if os.path.exists(path):
            return path
    raise FileNotFoundError("the kit's test certificate %s is neither in %s nor in spec/tls"
                            % (name, os.path.join(here, "tls")))


def tls_server_context():
    """The kit's tls_server_context(): a server's context with the test certificate and key."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tls_file("localhost.crt"), tls_file("localhost.key"))
    return context


def tls_client_context(trust=True):
    """The kit's tls_client_context(trust=True): a client's context (verifies the server's
    certificate and host name) that trusts the test certificate, or with trust=False only another."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.load_verify_locations(tls_file("localhost.crt" if trust else "other.crt"))
    return context


# The signals whose default action ends the process (the vocabulary's signal_defaults).
_ENDS_THE_PROCESS = frozenset(getattr(signal, name)
                              for name in vocabulary.SIGNALS_ENDING_THE_PROCESS)


def raise_signal(sig):
    """The kit's raise_signal(sig): Python's signal.raise_signal, refused (RuntimeError) when the
    process has no handler for sig and its default action would end the process: a loop that
    forgot its handler fails its check instead of killing the driver."""
    if isinstance(sig, bool) or not isinstance(sig, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(sig).__name__)
    handled = tck_resources.caught_or_ignored(sig)
    if handled is None:  # not Linux: Python's own record of its handlers
        handled = signal.getsignal(sig) not in (signal.SIG_DFL, None)
    if sig in _ENDS_THE_PROCESS and not handled:
        raise RuntimeError("raise_signal(%d): the process has no handler for it, and its default "
                           "action would end the process" % sig)
    signal.raise_signal(sig)


def socketpair():
    """The kit's socketpair(): Python's socket.socketpair(), both sockets non-blocking. The
    program closes them; one left open is a leak (RESOURCE-FD-1)."""
    pair = socket.socketpair()
    for sock in pair:
        sock.setblocking(False)
    return pair


class _LoopWarnings(logging.Handler):
    """What asyncio_warnings() gives: the warnings (or worse) logged on asyncio's logger, filed
    under the thread that logged them; a run begins and ends its thread's list. asyncio's records
    go nowhere else (not to stderr) once the driver runs."""

    def __init__(self):
        logging.Handler.__init__(self, logging.WARNING)
        self.by_thread = {}

    def emit(self, record):
        messages = self.by_thread.get(record.thread)
        if messages is not None:
            messages.append(normalize_warning(record.getMessage()))


LOOP_WARNINGS = _LoopWarnings()
logging.getLogger("asyncio").addHandler(LOOP_WARNINGS)
logging.getLogger("asyncio").propagate = False


def normalize_warning(message):
    """A warning as the language gives it: every outermost <...> becomes <...>, every decimal
    number N (the kit's LoopWarnings.normalize)."""
    out, depth = [], 0
    for c in message:
        if c == "<":
            if depth == 0:
                out.append("<...>")
            depth += 1
        elif c == ">" and depth:
            depth -= 1
        elif depth == 0:
            out.append(c)
    return re.sub(r"[0-9]+\.[0-9]+", "N", "".join(out))


def tcp_listener():
    """The kit's tcp_listener(): a non-blocking TCP socket listening on 127.0.0.1, on an ephemeral
    port. The program closes it."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    return sock


def tcp_socket():
    """The kit's tcp_socket(): a new non-blocking TCP socket, for sock_connect(). The program
    closes it."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setblocking(False)
    return sock


def blocking_sleep(seconds):
    """The kit's blocking_sleep(seconds): Python's time.sleep, in the calling thread (on the
    loop's thread it blocks the loop; in an executor it keeps a worker busy)."""
    if not isinstance(seconds, (int, float)):
        raise TypeError("must be real number, not %s" % type(seconds).__name__)
    time.sleep(seconds)  # a negative number: ValueError('sleep length must be non-negative')


# threadsafe_flood: how many calls a thread makes between two looks at whether the run has ended
# (and so how soon it stops once it has), and how long the end of a run waits for the threads
# (those of threadsafe_flood and of thread_after, in all).
FLOOD_CHUNK = 4096
FLOOD_JOIN_SECONDS = 5.0


def _base_builtins():
    """Python's builtins of the vocabulary and its exception types, from their modules."""
    modules = EXCEPTION_MODULES
    allowed = {name: getattr(builtins, name, None) for name in vocabulary.PYTHON_BUILTINS}
    # ContextVar (contextvars), ThreadPoolExecutor (concurrent.futures): their module is their role
    allowed.update((name, getattr(importlib.import_module(module), name, None))
                   for name, module in vocabulary.MODULE_BUILTINS)
    for exception in vocabulary.EXCEPTIONS:
        allowed[exception.name] = getattr(modules[exception.module], exception.name, None)
    allowed["__import__"] = builtins.__import__  # for the interpreter itself (warnings on GC)
    allowed["__build_class__"] = builtins.__build_class__  # for the class statements of a program
    return allowed


BASE_BUILTINS = _base_builtins()
WHAT = dict(vocabulary.WHAT, asyncio="module 'asyncio'")
BASE_CLASSES = frozenset(vocabulary.ASYNCIO_BASE_CLASSES)  # asyncio.Protocol: only a class's base
ASYNCIO_OWN = BASE_CLASSES | {"run", "Runner"}  # names of asyncio the session answers itself


# What asyncio.run and Runner.close report of a task left that ended with an exception.
RUN_SHUTDOWN = "unhandled exception during asyncio.run() shutdown"


class Session:
    """One program run: its loops, events, object names, and whether it proved invalid."""

    def __init__(self, factory, resolution_of):
        self.factory = factory
        self.events = []
        self.loops = []
        self.timers = []
        self.floods = []    # the threads of threadsafe_flood
        self.temp_dirs = []  # the directories of unix_socket_path(), removed at the end
        self.warnings = LOOP_WARNINGS.by_thread[threading.get_ident()] = []  # asyncio_warnings()
        self.flood_stop = None  # a threading.Event, set when the run ends
        self.finished = False
        self.invalid = None
        self.open = set()  # the ids of the lists and dicts being encoded (one holding itself is refused)
        self.wrong_kind = None
        self.steps = 0
        self.steps_ran_out = False
        self.origins = {}   # id(obj) -> Origin: see remember
        self.names = {}     # id(obj) -> name, while obj lives (see keep_named)
        self.keep = []
        self.counts = {}
        self.classes = frozenset()  # the program's classes, once defined (instances have no kind)
        self.main_loop = self.new_event_loop()
        self.resolution = resolution_of(self.main_loop)
        self.start = self.main_loop.time()

    # builtins of the language
    def new_event_loop(self):
        lp = self.factory()
        lp.set_exception_handler(self.handler)
        self.loops.append(lp)
        return lp

    def record(self, label, *value):
        if self.finished:
            return
        if not isinstance(label, str) or label.startswith("!"):
            self.fail("at run time: record(): the label must be a string not starting with "
                      "'!', got %r" % (label,))
        if len(value) > 1:
            raise TypeError("record() takes a label and at most one value (%d given)"
                            % (1 + len(value)))
        event = {"label": label}
        if value:
            event["value"] = self.encode(value[0])
        self.add(event)

    def thread_after(self, delay, fn, *args):
        if not isinstance(delay, (int, float)):
            raise TypeError("must be real number, not %s" % type(delay).__name__)
        t = threading.Timer(delay, fn, args)
        t.daemon = True
        self.timers.append(tck_resources.kit_thread(t))
        t.start()

    def threadsafe_flood(self, threads, calls):
        """The kit's threadsafe_flood(threads, calls): `threads` threads each schedule `calls`
        counting callbacks on the main loop with call_soon_threadsafe as fast as they can, then
        one that marks the thread finished; the future returned (of the main loop) gets, once
        every thread's last callback has run, how many counting callbacks the loop ran."""
        for what, value in (("threads", threads), ("calls", calls)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError("threadsafe_flood(): %s must be an int, not %s"
                                % (what, type(value).__name__))
            if value < 1:
                raise ValueError("threadsafe_flood(): %s must be at least 1, got %d" % (what, value))
        lp = self.main_loop
        fut = lp.create_future()
        # The counting callback is the __next__ of an itertools.count: no Python frame, no lock
        # (it runs on the loop's thread only); after k calls, next(counter) is k.
        counter = itertools.count()
        tick = counter.__next__
        ended = 0

        def finished():  # on the loop's thread
            nonlocal ended
            ended += 1
            if ended == threads and not fut.done():
                fut.set_result(next(counter))

        if self.flood_stop is None:
            self.flood_stop = threading.Event()
        stopped = self.flood_stop.is_set
        chunks, rest = divmod(calls, FLOOD_CHUNK)
        repeat = itertools.repeat

        def flood():
            call = lp.call_soon_threadsafe  # bound once: the loop below is all calls
            try:
                for _ in range(chunks):
                    if stopped():
                        return  # the run has ended
                    for _ in repeat(None, FLOOD_CHUNK):
                        call(tick)
                if stopped():
                    return
                for _ in repeat(None, rest):
                    call(tick)
                call(finished)
            except RuntimeError:
                pass  # the loop was closed

        for _ in range(threads):
            t = threading.Thread(target=flood, name="tck-threadsafe_flood", daemon=True)
            self.floods.append(tck_resources.kit_thread(t))
            t.start()
        return fut

    def clock_resolution(self):
        return self.resolution

    def kind(self, obj):
        """The kind of a loop object (ref_type), None for an instance of a program's class."""
        return None if self.classes and type(obj) in self.classes else ref_type(obj)

    # helpers woven into the translated program
    def attr(self, obj, name, where):
        if self.classes and type(obj) in self.classes:
            if not hasattr(obj, name):  # one the loop gave as its own object deviates
                deviation = self.deviation(obj, name, where)
                if deviation is not None:
                    self.deviate(deviation)
            return getattr(obj, name)  # an attribute, a method, or Python's AttributeError
        kind = "asyncio" if obj is asyncio else ref_type(obj)
        allowed = tck_program.METHOD_SETS.get(kind)
        if allowed is None or name not in allowed:
            deviation = self.deviation(obj, name, where)
            if deviation is not None:
                self.deviate(deviation)
        if allowed is None:
            self.fail("at %s: '%s' value has no attribute '%s' in the scenario language"
                      % (where, type(obj).__name__, name))
        if name not in allowed:
            self.fail("at %s: '%s' is not a method of %s in the scenario language (known: %s)"
                      % (where, name, WHAT[kind], ", ".join(tck_program.METHODS[kind])))
        if kind == "EventLoop" and name in tck_program.LOOP_OWN:
            return functools.partial(getattr(self, name), obj)
        if obj is asyncio and name in ASYNCIO_OWN:
            if name in BASE_CLASSES:
                self.fail("at %s: asyncio.%s is used only as the base of a program's class (class "
                          "P(asyncio.%s):)" % (where, name, name))
            if hasattr(asyncio, name):
                return self.run if name == "run" else self.runner
        return getattr(obj, name)

    def isinstance(self, obj, cls):
        """isinstance(obj, cls) of the language: cls is an exception type or a class of the
        program, as in the kit."""
        if not (isinstance(cls, type) and (issubclass(cls, BaseException) or cls in self.classes)):
            self.fail("at run time: isinstance() takes an exception type or a class of the program "
                      "in the scenario language")
        return isinstance(obj, cls)

    def instance(self, obj, where):
        """The object of obj.name = value, which must be an instance of a program's class."""
        if type(obj) not in self.classes:
            self.fail("at %s: attributes are set on instances of the program's classes only, "
                      "not on a '%s' value" % (where, type(obj).__name__))
        return obj

    # asyncio.run and asyncio.Runner with the loop under test (asyncio's own, looked up at call time)
    def run(self, main):
        """asyncio.run(main) in a new loop of the session: loop_factory= from 3.12; before, the
        policy's new_event_loop, which asyncio.run (through Runner on 3.11) asks once for its loop."""
        if sys.version_info >= (3, 12):
            return asyncio.run(main, loop_factory=self.new_event_loop)
        policy = asyncio.get_event_loop_policy()

        def new_event_loop():  # once: the session's factory may itself ask the policy
            del policy.new_event_loop
            return self.new_event_loop()
        policy.new_event_loop = new_event_loop
        try:
            return asyncio.run(main)
        finally:
            policy.__dict__.pop("new_event_loop", None)

    def runner(self):
        """asyncio.Runner() (3.11+) whose loop is a new loop of the session."""
        return asyncio.Runner(loop_factory=self.new_event_loop)

    def ret(self, value, name, where):
        """What a call asyncio documents as returning a kind returned: remembered as its (see
        remember)."""
        return self.remember(value, name, vocabulary.RETURNS.get(name), RETURNED)

    def remember(self, value, call, kind, how):
        """Remembers where a loop object comes from: a call whose object asyncio documents as of
        kind, got from it how (RETURNED, GAVE, AWAITED, or the index of the item of the tuple
        awaiting it gives). Nothing is judged here: only a program that then uses a method of that
        kind which the object lacks shows the deviation (see attr), so the checks of other clauses
        still run."""
        try:  # weakly where it can, so that the program's last reference is the last (a Task's
            # "Task exception was never retrieved" comes when it goes, TASK-UNRETRIEVED-1)
            self.origins[id(value)] = Origin(call, weakref.ref(value), kind, how)
        except TypeError:
            self.origins[id(value)] = Origin(call, lambda: value, kind, how)
        return value

    def origin(self, obj):
        """The Origin remember kept of obj itself, or None."""
        origin = self.origins.get(id(obj))
        return origin if origin is not None and origin.ref() is obj else None

    def async_items(self, iterable):
        """What an async for iterates: iterable itself, or, when a call whose async for gives
        items of a kind returned it (as_completed: Futures, ASCOMPLETED-ASYNC-1), its items, each
        remembered as given by that call (see remember)."""
        origin = self.origin(iterable)
        if origin is None or origin.call not in vocabulary.ASYNC_FOR_GIVES or not hasattr(type(iterable), "__aiter__"):
            return iterable  # an object without __aiter__: async for raises Python's own TypeError
        return GivenItems(self, iterable.__aiter__(), origin.call)

    def awaiting(self, awaitable, where):
        """What an await statement awaits: awaitable itself or, when it is the coroutine of a call
        whose value asyncio documents, or a task running it (see value_call), a coroutine that
        awaits it and checks its value (see awaited). Nothing else is wrapped, and nothing holds
        on to what the program awaits."""
        call = self.value_call(awaitable)
        return awaitable if call is None else self.awaited(awaitable, call, where)

    async def awaited(self, awaitable, call, where):
        """The value of awaiting awaitable, the coroutine of call or a task running it: a value of
        another shape than asyncio's deviates at once, and its objects are remembered as call's
        (see remember)."""
        value = await awaitable
        wanted = vocabulary.AWAIT_GIVES[call]
        if not isinstance(wanted, tuple):
            if self.origin(value) is None:
                self.remember(value, call, wanted, AWAITED)
            return value
        if type(value) is not tuple or len(value) != len(wanted):
            self.deviate("awaiting %s() gave %s; asyncio gives a tuple (%s) (at %s)" % (
                call, type_name(value), ", ".join(k or "..." for k in wanted), where))
        for i, (item, kind) in enumerate(zip(value, wanted)):
            if kind is not None and self.origin(item) is None:
                self.remember(item, call, kind, i)
        return value

    def value_call(self, awaitable):
        """The call whose value awaiting awaitable gives, when the vocabulary says what that is:
        awaitable is that call's coroutine, or a task running it; else None."""
        origin, coroutine = self.origin(awaitable), awaitable
        if (origin is None or origin.call not in vocabulary.AWAIT_GIVES) and ref_type(awaitable) == "Task" \
                and callable(getattr(awaitable, "get_coro", None)):
            coroutine = awaitable.get_coro()
            origin = self.origin(coroutine)
        if origin is None or origin.how != RETURNED or origin.call not in vocabulary.AWAIT_GIVES:
            return None
        code = getattr(coroutine, "cr_code", None)  # a program's own async method of that name is not the loop's
        return None if code is not None and code.co_filename == PROGRAM_FILE else origin.call

    def deviation(self, obj, name, where):
        """The message of a deviation when obj came from a call whose object asyncio documents
        as of a kind that has the method name, else None (the program is at fault)."""
        origin = self.origin(obj)
        if origin is None or name not in tck_program.METHOD_SETS.get(origin.kind, ()):
            return None
        call, wanted = origin.call, origin.kind
        got = type_name(obj)
        missing = [m for m in vocabulary.METHODS_HERE[wanted] if not callable(getattr(obj, m, None))]
        if missing and obj is not None:
            got += " (no %s)" % ", ".join(m + "()" for m in missing)
        article = "an" if wanted[0] in "AEIOU" else "a"
        if origin.how == GAVE:
            return "async for over %s() gave %s; asyncio gives %s %s (at %s)" % (call, got, article, wanted, where)
        if origin.how == AWAITED:
            return "awaiting %s() gave %s; asyncio gives %s %s (at %s)" % (call, got, article, wanted, where)
        if origin.how != RETURNED:
            return "awaiting %s() gave %s as item %d of its tuple; asyncio gives %s %s there (at %s)" % (
                call, got, origin.how, article, wanted, where)
        when = " (None only %s)" % vocabulary.NONE_WHEN[call] if call in vocabulary.NONE_WHEN else ""
        return "%s returned %s; asyncio returns %s %s%s (at %s)" % (call, got, article, wanted, when, where)

    def deviate(self, message):
        """Ends the run: the loop did not return what asyncio documents."""
        if self.wrong_kind is None:
            self.wrong_kind = message
        self.stop_loops()
        raise LoopDeviation(message)

    def stop_loops(self):
        for lp in self.loops:
            if lp.is_running():
                try:
                    lp.call_soon_threadsafe(lp.stop)
                except RuntimeError:
                    pass

    def step(self):
        """One iteration of a for or while; past the step budget, and from then on, the run
        ends. True, so that a while's test can be `(test) and STEP()`."""
        self.steps += 1
        if self.steps <= vocabulary.STEP_BUDGET and not self.steps_ran_out:
            return True
        self.steps_ran_out = True
        self.stop_loops()
        raise StepsRanOut(STEPS_RAN_OUT)

    def items(self, iterable, name):
        """The items of a for loop, each bound (see bind) to the loop's variable, one step each."""
        if isinstance(iterable, (set, frozenset)):
            self.fail("at run time: a for loop over a set: the order of a set's items is Python's "
                      "hash order, which the scenario language does not fix; iterate sorted(s)")
        for item in iterable:
            self.step()
            yield self.bind(name, item)

    def bind(self, name, value):
        if id(value) not in self.names and self.kind(value) is not None:
            self.names[id(value)] = name
            self.keep_named(value)
        return value

    def keep_named(self, obj):
        """Keeps the name of obj as long as obj lives: weakly where it can (its name goes with it,
        so that a new object with its id gets a name of its own), so that the program's last
        reference to an object is the last (a Task's "Task exception was never retrieved" comes
        when it goes, TASK-UNRETRIEVED-1); else obj is kept alive until the run ends."""
        key = id(obj)
        try:
            self.keep.append(weakref.ref(obj, lambda _, names=self.names, key=key: names.pop(key, None)))
        except TypeError:
            self.keep.append(obj)

    # the program's exception handlers, given to the loop under test
    def set_exception_handler(self, lp, handler):
        """loop.set_exception_handler(handler): a program's handler goes to the loop wrapped, so
        that the kit's own exceptions (an invalid program, the step budget) still reach the
        session; None puts back the session's handler, the program's view of asyncio's default
        one; anything else goes to the loop as it is, which refuses it (ERROR-HANDLER-3)."""
        if handler is None:
            return lp.set_exception_handler(self.handler)
        if not callable(handler):
            return lp.set_exception_handler(handler)

        def program_handler(loop, context):
            if isinstance(context.get("exception"), (RuntimeInvalid, LoopDeviation, StepsRanOut)):
                return self.handler(loop, context)
            return handler(loop, context)
        program_handler.tck_program_handler = handler
        return lp.set_exception_handler(program_handler)

    def get_exception_handler(self, lp):
        """loop.get_exception_handler(): None for the session's handler, the program's function for
        its wrapper, anything else the loop gives as it is."""
        got = lp.get_exception_handler()
        if got == self.handler:
            return None
        return getattr(got, "tck_program_handler", got)

    # the loops' exception handler
    def handler(self, lp, context):
        exc = context.get("exception")
        reported = ("handle" in context or "asyncgen" in context or "transport" in context
                    or context.get("message") == RUN_SHUTDOWN)
        if self.finished or not reported or isinstance(exc, (RuntimeInvalid, LoopDeviation, StepsRanOut)):
            return  # "never retrieved", "destroyed but pending": their timing is the GC's
        event = {"kind": "handler"}
        if exc is not None:
            event["value"] = self.encode(exc)
        self.add(event)

    def fail(self, message):
        """Marks the run invalid (for good: catching the exception does not undo it)."""
        if self.invalid is None:
            self.invalid = message
        self.stop_loops()
        raise RuntimeInvalid(message)

    def add(self, event):
        try:
            event["time"] = self.main_loop.time() - self.start
        except Exception:
            pass
        self.events.append(event)

    # values
    def encode(self, v):
        if v is None or isinstance(v, (bool, str)) or type(v) is int:
            return v
        if isinstance(v, int):
            return int(v)  # an IntEnum (socket.AF_INET of getaddrinfo): its value, as the JVM has it
        if isinstance(v, float):
            if math.isfinite(v):
                return v
            return {"float": "nan" if v != v else ("inf" if v > 0 else "-inf")}
        if isinstance(v, (list, dict)):
            if id(v) in self.open:
                self.fail(HOLDS_ITSELF)
            self.open.add(id(v))
            try:
                if isinstance(v, list):
                    return [self.encode(x) for x in v]
                return {"dict": [[self.encode(k), self.encode(x)] for k, x in v.items()]}  # insertion order
            finally:
                self.open.discard(id(v))
        if isinstance(v, tuple):
            return {"tuple": [self.encode(x) for x in v]}
        if isinstance(v, bytes):  # one character U+0000..U+00FF per byte; a bytearray is an object
            return {"bytes": v.decode("latin-1")}
        if isinstance(v, (set, frozenset)):
            items = {}
            for x in v:
                e = self.encode(x)
                items.setdefault(json.dumps(e, sort_keys=True), e)
            return {"set": [items[k] for k in sorted(items)]}
        if isinstance(v, BaseException):
            if isinstance(v, NameError) and self.invalid is None:
                self.invalid = "at run time: %s" % v  # the Java interpreter's "not defined"
            return {"error": type(v).__name__, "message": str(v)}
        kind = self.kind(v)
        if kind is not None:
            return {"ref": self.name_of(v, kind), "type": kind}
        return {"object": type(v).__name__}  # an instance of a program's class: its class's name

    def name_of(self, obj, kind):
        name = self.names.get(id(obj))
        if name is None:
            n = self.counts[kind] = self.counts.get(kind, 0) + 1
            name = self.names[id(obj)] = "%s#%d" % (kind, n)
            self.keep_named(obj)
        return name

    # the end of a run
    def unix_socket_path(self):
        """The kit's unix_socket_path(): a path in a new directory of its own where nothing is
        yet, for a Unix socket; the directory goes, with whatever is in it, once the run ends."""
        directory = tempfile.mkdtemp(prefix="tck-unix-")
        self.temp_dirs.append(directory)
        return directory + "/socket"

    def asyncio_warnings(self):
        """The kit's asyncio_warnings(): the warnings logged so far, normalized."""
        return list(self.warnings)

    def finish(self):
        self.finished = True
        if LOOP_WARNINGS.by_thread.get(threading.get_ident()) is self.warnings:
            del LOOP_WARNINGS.by_thread[threading.get_ident()]
        for t in self.timers:
            t.cancel()
        if self.floods:  # the threads stop within a chunk of calls
            self.flood_stop.set()
        # Before the loops close. A cancelled timer ends at once; one whose function runs (the
        # program's) ends with it. The kit's threads are never leaks (tck_resources.kit_thread),
        # also those still running at the deadline.
        deadline = time.monotonic() + FLOOD_JOIN_SECONDS
        for t in self.floods + self.timers:
            t.join(max(0.0, deadline - time.monotonic()))
        for lp in self.loops:
            if lp.is_running():  # in a thread the program started: ask it to stop
                try:
                    lp.call_soon_threadsafe(lp.stop)
                except RuntimeError:
                    pass
            elif not lp.is_closed():
                cancel_leftover_tasks(lp)
                lp.close()
            else:
                cancel_leftover_tasks(lp)
        reset_policy_loop(self.loops)
        for directory in self.temp_dirs:
            shutil.rmtree(directory, ignore_errors=True)


def cancel_leftover_tasks(lp):
    """Cancels the loop's unfinished tasks, and lets them unwind if the loop is still open."""
    try:
        tasks = [t for t in asyncio.all_tasks(lp) if not t.done()]
    except RuntimeError:
        return
    for t in tasks:
        try:
            t.cancel()
        except RuntimeError:  # its loop is closed
            pass
    if tasks and not lp.is_closed():
        for _ in range(3):  # a few turns, not "until done": a task may refuse to finish
            lp.call_soon(lp.stop)
            try:
                lp.run_forever()
            except BaseException:
                pass


def reset_policy_loop(ours):
    """Forgets a loop the program made implicitly (asyncio.gather() outside a loop, 3.8-3.13)."""
    policy = getattr(asyncio.events, "_event_loop_policy", None)
    local = getattr(policy, "_local", None)
    if local is None:
        return
    stale = getattr(local, "_loop", None)
    if stale is None and not getattr(local, "_set_called", False):
        return
    if stale is not None and stale not in ours and not stale.is_running():
        if not stale.is_closed():
            stale.close()
    local._loop = None  # a threading.local: this thread's policy state only
    if hasattr(local, "_set_called"):
        local._set_called = False


COMPILE_LOCK = threading.Lock()
_COMPILED = {}  # function definitions many programs share (a generator's helpers): compiled once


def compiled(source, cache):
    code = _COMPILED.get(source) if cache else None
    if code is None:
        with COMPILE_LOCK, warnings.catch_warnings():  # warning filters are process-wide
            warnings.simplefilter("ignore", SyntaxWarning)  # e.g. "'int' object is not callable"
            code = compile(source, PROGRAM_FILE, "exec")
        if cache:
            if len(_COMPILED) >= 4096:
                _COMPILED.clear()
            _COMPILED[source] = code
    return code


def warm_up(probe):
    """Runs the probe loop for one iteration, so that what an implementation opens once per
    process exists before the first program and is not reported as that program's leak
    (tck_resources): uvloop 0.17 opens libuv's signal pipe with its first loop (the probe, made),
    another implementation might on its first run. One iteration (call_soon(stop), run_forever(),
    as a run's end does for leftover tasks), not a coroutine: a loop whose tasks are broken (a
    seeded bug of a Task on the wrong Python: run_until_complete(asyncio.sleep(0)) never returns)
    must not hang the driver before its hello. A loop that fails it is left for the programs to
    show."""
    try:
        probe.call_soon(probe.stop)
        probe.run_forever()
    except Exception:
        pass


class Runner:
    """Runs programs (parsed JSON) on loops of one implementation; run() may be called from
    several threads at once (each run has its own loop, globals and Session)."""

    def __init__(self, spec):
        self.factory, self.version, self.resolution_of = loop_factory(spec)
        # A loop bound to its application's thread (Qt's) says so: its programs all run on the
        # driver's main thread, one at a time.
        self.main_thread_only = bool(getattr(self.factory, "tck_main_thread", False))
        try:
            probe = self.factory()
        except Exception as e:
            raise LoopSpecError("--loop %s: making a loop failed: %s: %s"
                                % (spec, type(e).__name__, e))
        if ref_type(probe) != "EventLoop":
            raise LoopSpecError("--loop %s: the factory returned a %s, not an event loop"
                                % (spec, type(probe).__name__))
        try:
            self.clock_resolution = self.resolution_of(probe)
            self.name, self.version = ((spec, self.version) if spec in ("asyncio", "uvloop")
                                       else implementation_of(spec, probe, self.version))
            warm_up(probe)
        finally:
            probe.close()

    def run(self, program):
        """The trace (a dict) of one program; raises InvalidProgram."""
        translation = tck_program.translate(program)
        try:
            functions = [compiled(source, cache=True) for source in translation.functions]
            main = compiled(translation.main, cache=False)
        except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
            raise InvalidProgram("at (root): Python cannot compile the program: %s: %s"
                                 % (type(e).__name__, e))
        session = Session(self.factory, self.resolution_of)
        names = dict(BASE_BUILTINS)
        for name, value_in in KIT_BUILTINS.items():
            names[name] = value_in(session)
        names["isinstance"] = session.isinstance
        for method, name in translation.helpers.items():
            names[name] = getattr(session, method)
        trace = {"format": TRACE_FORMAT, "events": session.events}
        try:
            # __name__: asyncio's deprecation checks (3.12+) read it from the calling frame
            scope = {"__builtins__": names, "__name__": "__main__"}
            for definition in functions:
                exec(definition, scope)
            session.classes = frozenset(scope[name] for name in translation.classes)
            exec(main, scope)
        except (RuntimeInvalid, LoopDeviation, StepsRanOut):
            pass
        except BaseException as e:  # the program's outcome, KeyboardInterrupt included
            trace["raised"] = session.encode(e)
        finally:
            session.finish()
            # The program's functions hold its globals, which hold them: without this, its tasks
            # and loops live until the cyclic collector runs, and asyncio.all_tasks(), which goes
            # over every task alive in the process, slows down each run after it.
            scope.clear()
        if session.invalid is not None:
            raise InvalidProgram(session.invalid)
        if session.wrong_kind is not None:
            raise WrongKind(session.wrong_kind)
        if session.steps_ran_out:
            raise StepBudgetExceeded(STEPS_RAN_OUT)
        return trace
