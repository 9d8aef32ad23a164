#!/usr/bin/env python3
"""The asyncio-tck driver for Python event loops (protocol: spec/protocol.md, version 1).

    python3 tck_driver.py [--loop asyncio|uvloop|MODULE:CALLABLE]  speak the protocol (stdin/out)
    python3 tck_driver.py --run FILE.json|FILE.py|- [--text]        run one program, print its trace
    python3 tck_driver.py --self-test                               run the driver's own tests

Programs (spec/language.md, JSON form) are translated to real Python (functions, classes and
module-level statements) and executed on a fresh loop each. Standard library only; Python 3.8+.
"""

import argparse
import gc
import json
import os
import platform
import socket
import sys
import threading
import traceback
import warnings
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import tck_pool  # noqa: E402
import tck_resources  # noqa: E402
import tck_text  # noqa: E402
from tck_program import InvalidProgram  # noqa: E402
from tck_session import LoopSpecError, Runner, StepBudgetExceeded, WrongKind  # noqa: E402

PROTOCOL = 1
EXIT_USAGE = 2       # bad command line, or the loop cannot be made (before the hello)
EXIT_PROTOCOL = 3    # the kit's hello is missing or names another protocol version
EXIT_WORKER = 4      # a worker process of a parallel batch died
RUN_KEYS = ("id", "budget", "program", "virtual_time")
MAX_PARALLEL = 256   # the most runs of one batch at once ("parallel" in a batch)


class BadRequest(Exception):
    """A request line that does not follow the protocol; the message names the problem."""

    def __init__(self, message, request_id=None):
        Exception.__init__(self, message)
        self.request_id = request_id


def capabilities(runner):
    """What the driver offers: no parallel-runs for a loop that runs on the main thread only;
    network (TCP on loopback) on every loop; Unix signals and subprocesses on POSIX; Unix domain
    sockets where the platform has them; TLS (Python's ssl module) with the network; reference
    counting on CPython."""
    caps = ["threads"] if runner.main_thread_only else ["threads", "parallel-runs"]
    if os.name == "posix":
        caps += ["unix-signals", "subprocess"]
    caps += ["network", "tls"]
    if platform.python_implementation() == "CPython":
        caps.append("refcounting")  # an object goes with its last reference (TASK-UNRETRIEVED-1)
    if hasattr(socket, "AF_UNIX"):
        caps.append("unix-sockets")
    return caps


def hello_message(runner, spec):
    return {"type": "hello", "protocol": PROTOCOL,
            "implementation": {"name": runner.name, "version": runner.version},
            "runtime": {"name": platform.python_implementation().lower(),
                        "version": platform.python_version()},
            "capabilities": capabilities(runner), "clock_resolution": runner.clock_resolution}


def _no_duplicates(pairs):
    out = dict(pairs)
    if len(out) != len(pairs):
        seen = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError("duplicate key %r" % key)
            seen.add(key)
    return out


def _no_constant(name):
    raise ValueError("%s is not JSON" % name)


def _parse_json(text):
    """json.loads, strict, without the cyclic garbage collector: a batch is up to a million
    acyclic objects, which the collector would traverse while they are parsed and again soon
    after. They (and all older objects) stay frozen (gc.freeze) until the next request is parsed,
    so only the objects the runs make are collected meanwhile, here and in forked workers."""
    collecting = gc.isenabled()
    if collecting:
        gc.unfreeze()
        gc.disable()
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    finally:
        if collecting:
            gc.freeze()
            gc.enable()


def parse_line(raw):
    """The JSON object of one request line; raises BadRequest."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise BadRequest("the line is not UTF-8: %s" % e)
    try:
        msg = _parse_json(text)
    except (ValueError, RecursionError) as e:
        raise BadRequest("the line is not JSON: %s" % e)
    if not isinstance(msg, dict):
        raise BadRequest("a message is a JSON object, got %s" % type(msg).__name__)
    if not isinstance(msg.get("type"), str):
        raise BadRequest('a message has a "type" string (hello, run, batch or bye)')
    return msg


def check_keys(msg, allowed, what, request_id=None):
    for key in msg:
        if key not in allowed:
            raise BadRequest('unknown key "%s" in %s; its keys are %s'
                             % (key, what, ", ".join(allowed)), request_id)


def check_run(run, at, keys=RUN_KEYS):
    """Checks one run ({id, budget, program}); at says where it is, for messages."""
    if not isinstance(run, dict):
        raise BadRequest("%s: a run is an object with id, budget and program" % at)
    rid = run.get("id") if isinstance(run.get("id"), str) and run.get("id") else None
    check_keys(run, keys, at, rid)
    if rid is None:
        raise BadRequest('%s: "id" is a non-empty string, got %s'
                         % (at, json.dumps(run.get("id"))))
    budget = run.get("budget")
    if isinstance(budget, bool) or not isinstance(budget, (int, float)) or not budget > 0:
        raise BadRequest('%s: "budget" is a positive number of seconds, got %s'
                         % (at, json.dumps(budget)), rid)
    if not isinstance(run.get("program"), dict):
        raise BadRequest('%s: "program" is a program object, got %s'
                         % (at, json.dumps(run.get("program"))[:40]), rid)
    if run.get("virtual_time", False) is not False:
        raise BadRequest('%s: "virtual_time" needs the virtual-time capability, which this '
                         'driver does not have' % at, rid)
    return run


def check_batch(msg):
    """(runs, parallel) of a batch request; raises BadRequest about the batch as a whole."""
    check_keys(msg, ("type", "runs", "parallel"), "a batch")
    runs = msg.get("runs")
    if not isinstance(runs, list) or not runs:
        raise BadRequest('a batch has "runs": a non-empty array of runs')
    for i, run in enumerate(runs):
        try:
            check_run(run, "batch: runs/%d" % i)
        except BadRequest as e:
            raise BadRequest(str(e))  # about the batch: no run of it starts
    parallel = msg.get("parallel", 1)
    if isinstance(parallel, bool) or not isinstance(parallel, int) or not 1 <= parallel <= MAX_PARALLEL:
        raise BadRequest('batch: "parallel" is an integer from 1 to %d, got %s'
                         % (MAX_PARALLEL, json.dumps(parallel)))
    return runs, parallel


class Workers:
    """Where parallel batches run: worker processes forked for each batch (one per core, each
    running its share of `parallel` on threads) where the platform can fork, else threads of
    this process."""

    def __init__(self, runner):
        self.runner = runner
        self.forked = None

    def run_batch(self, channel, runs, parallel):
        """Runs a batch: one after the other, or up to `parallel` at once, each on its own loop,
        started in batch order; each result is written as soon as its run ends."""
        if parallel == 1 or self.runner.main_thread_only:
            for run in runs:  # alone: what each leaves is its own
                channel.send(result_message(self.runner, run, watch=True))
            return
        if self.forked is None:
            self.forked = self.forked_batches(channel.writer)
        if self.forked:
            channel.writer.flush()
            processes = max(1, min(parallel, os.cpu_count() or 1))
            if self.forked.run(runs, processes, -(-parallel // processes)):
                return
        with ThreadPoolExecutor(max_workers=min(parallel, len(runs)),
                                thread_name_prefix="tck-run") as threads:
            for run in runs:
                threads.submit(lambda r: channel.send(result_message(self.runner, r)), run)

    def forked_batches(self, writer):
        """The ForkedBatches writing answers on writer, or False where processes cannot fork
        or share locks (then batches run on threads)."""
        if not tck_pool.can_fork():
            return False
        runner = self.runner
        try:
            return tck_pool.ForkedBatches(lambda run: encode_line(result_message(runner, run)),
                                          writer.fileno())
        except (OSError, ImportError, AttributeError, ValueError) as e:
            print("tck_driver: parallel batches run on threads, not processes: %s" % e,
                  file=sys.stderr)
            return False

    def close(self):
        if self.forked:
            self.forked.close()


def result_message(runner, run, watch=False):
    """The answer to one run. watch: the run is the only one going on in this process, so the
    file descriptors and threads it leaves are its own: a result with a trace gets "leaks", a
    list of {"resource", "detail"} (tck_resources), when that list is not empty. Runs that overlap
    (parallel batches on threads or forked workers) are not watched."""
    collecting = gc.isenabled()
    before = None
    try:
        if watch:
            # No cyclic collection from the snapshot to the check: a descriptor that only the
            # collector would close (a loop that forgot it in a cycle) is left open either way,
            # not open or closed depending on when the collector happened to run.
            gc.disable()
        before = tck_resources.snapshot() if watch else None
        result = {"type": "result", "id": run["id"], "trace": runner.run(run["program"])}
        if watch:
            leaks = tck_resources.leaks(before)
            if leaks:
                result["leaks"] = leaks
        return result
    except InvalidProgram as e:
        return {"type": "result", "id": run["id"], "invalid": str(e)}
    except WrongKind as e:
        return {"type": "result", "id": run["id"], "wrong_kind": str(e)}
    except StepBudgetExceeded as e:
        return {"type": "result", "id": run["id"], "timeout": str(e)}
    except Exception as e:  # a fault of the driver or of the loop's machinery, not the program's
        traceback.print_exc()
        return {"type": "error", "id": run["id"],
                "message": "the driver failed while running %s: %s: %s"
                           % (run["id"], type(e).__name__, e)}
    finally:
        if before is not None:
            tck_resources.end_children(before)  # once reported, or after a run that hung
        if watch and collecting:
            gc.enable()


_ENCODER = json.JSONEncoder(ensure_ascii=True, allow_nan=False, separators=(",", ":"))


def encode_line(msg):
    """The protocol line (bytes, with its newline) of a message."""
    try:
        line = _ENCODER.encode(msg)
    except ValueError as e:
        fallback = {"type": "error", "message": "the driver cannot write its answer: %s" % e}
        if "id" in msg:
            fallback["id"] = msg["id"]
        line = json.dumps(fallback)
    return line.encode("ascii") + b"\n"


class Channel:
    """The protocol's two streams: requests in, one JSON object per line out (from any thread)."""

    def __init__(self, reader, writer):
        self.reader = reader
        self.writer = writer
        self.lock = threading.Lock()

    def send(self, msg):
        line = encode_line(msg)
        with self.lock:
            self.writer.write(line)
            self.writer.flush()

    def error(self, message, request_id=None):
        msg = {"type": "error", "message": message}
        if request_id is not None:
            msg["id"] = request_id
        self.send(msg)

    def next_line(self):
        """The next non-blank line, or None at the end of input."""
        while True:
            raw = self.reader.readline()
            if not raw:
                return None
            if raw.strip():
                return raw


def serve(runner, spec, channel):
    """Speaks the protocol until bye or the end of input; returns the exit status."""
    workers = Workers(runner)
    try:
        return converse(runner, spec, channel, workers)
    except tck_pool.WorkerDied as e:
        print("tck_driver: %s" % e, file=sys.stderr)
        return EXIT_WORKER
    finally:
        workers.close()


def converse(runner, spec, channel, workers):
    channel.send(hello_message(runner, spec))
    raw = channel.next_line()
    if raw is None:
        return 0
    try:
        msg = parse_line(raw)
        if msg["type"] == "error":
            print("tck_driver: the kit refused the handshake: %s" % msg.get("message"),
                  file=sys.stderr)
            return EXIT_PROTOCOL
        if msg["type"] != "hello":
            raise BadRequest("expected the kit's hello, got a %r message" % msg["type"])
        check_keys(msg, ("type", "protocol"), "the kit's hello")
    except BadRequest as e:
        channel.error("handshake: %s" % e)
        return EXIT_PROTOCOL
    if msg.get("protocol") != PROTOCOL or isinstance(msg.get("protocol"), bool):
        channel.error("handshake: this driver speaks protocol %d only, the kit asked for %s"
                      % (PROTOCOL, json.dumps(msg.get("protocol"))))
        return EXIT_PROTOCOL
    while True:
        raw = channel.next_line()
        if raw is None:
            return 0
        try:
            msg = parse_line(raw)
            kind = msg["type"]
            if kind == "run":
                channel.send(result_message(runner, check_run(msg, "run", ("type",) + RUN_KEYS),
                                            watch=True))
            elif kind == "batch":
                runs, parallel = check_batch(msg)
                workers.run_batch(channel, runs, parallel)
            elif kind == "bye":
                check_keys(msg, ("type",), "bye")
                return 0
            elif kind == "hello":
                raise BadRequest("the handshake is already done")
            else:
                raise BadRequest("unknown message type %s (expected run, batch or bye)"
                                 % json.dumps(kind))
        except BadRequest as e:
            channel.error(str(e), e.request_id)
        # Free the request now, while the kit reads the answers, not once the next one is parsed.
        raw = msg = runs = None


def read_program(path):
    """The JSON form of a --run file: a .py file is a program's text form, anything else (and -
    for stdin) its JSON form. Raises InvalidProgram for a text that is not in the text form."""
    with (sys.stdin if path == "-" else open(path, encoding="utf-8")) as f:
        if path.endswith(".py"):
            try:
                return tck_text.program_json(f.read())
            except tck_text.TextError as e:
                raise InvalidProgram(str(e))
        return json.load(f, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)


def run_file(runner, path, text=False):
    """--run: one program file (or - for stdin); prints its trace (in the text form if text),
    or why it is invalid."""
    try:
        program = read_program(path)
    except (OSError, ValueError) as e:
        print("cannot read %s: %s" % (path, e), file=sys.stderr)
        return EXIT_USAGE
    except InvalidProgram as e:
        print("invalid program: %s" % e, file=sys.stderr)
        return 1
    try:
        trace = runner.run(program)
    except InvalidProgram as e:
        print("invalid program: %s" % e, file=sys.stderr)
        return 1
    except WrongKind as e:
        print("the loop deviates: %s" % e, file=sys.stderr)
        return 1
    except StepBudgetExceeded as e:
        print("timeout: %s" % e, file=sys.stderr)
        return 1
    if text:
        print("\n".join(tck_text.trace_lines(trace)))
        return 0
    dump = lambda v: json.dumps(v, allow_nan=False)  # noqa: E731
    events = "".join("\n   " + dump(e) + "," for e in trace["events"]).rstrip(",")
    raised = ',\n "raised": %s' % dump(trace["raised"]) if "raised" in trace else ""
    print('{"format": %s,\n "events": [%s]%s}' % (dump(trace["format"]), events, raised))
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="asyncio-tck driver: runs scenario programs (JSON) on a Python event loop, "
                    "speaking the kit's protocol (spec/protocol.md) on stdin/stdout.")
    parser.add_argument("--loop", default="asyncio", metavar="asyncio|uvloop|MODULE:CALLABLE",
                        help="the loop under test: asyncio.new_event_loop (default), "
                             "uvloop.new_event_loop, or a callable returning a new loop")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--run", metavar="FILE",
                      help="run one program and print its trace as JSON: FILE.py is the "
                           "program's text form, any other file (- for stdin) its JSON form")
    mode.add_argument("--self-test", action="store_true",
                      help="run the driver's own tests; the last line is 'N passed, N failed'")
    parser.add_argument("--text", action="store_true",
                        help="with --run: print the trace in its text form (spec/language.md)")
    args = parser.parse_args(argv)
    if args.text and not args.run:
        parser.error("--text goes with --run")
    if args.self_test:
        import tck_selftest
        return tck_selftest.main(os.path.abspath(__file__), args.loop)
    try:
        runner = Runner(args.loop)
    except LoopSpecError as e:
        print("tck_driver: %s" % e, file=sys.stderr)
        return EXIT_USAGE
    if args.run:
        return run_file(runner, args.run, args.text)
    # A coroutine a program never awaits is legitimate; do not fill the stderr tail with it.
    warnings.filterwarnings("ignore", "coroutine .* was never awaited", RuntimeWarning)
    # Only protocol lines go to stdout: anything else printing there lands on stderr.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    status = serve(runner, args.loop, Channel(sys.stdin.buffer, out))
    out.flush()
    sys.stderr.flush()
    os._exit(status)  # do not wait for threads a program left behind


if __name__ == "__main__":
    sys.exit(main())
