"""What a program run left behind: the file descriptors and threads that appeared while it ran and
are still there once it has finished (its loops closed), and the signals the process began to
catch and still catches: what the clauses RESOURCE-FD-1 (file descriptors: sockets, pipes,
selectors), RESOURCE-THREAD-1 (threads), RESOURCE-SIGNAL-1 (signal handlers, from Linux's
SigCgt in /proc/self/status) and RESOURCE-PROCESS-1 (child processes, running or not reaped, from
/proc/self/task/*/children) check, the names vocabulary.LEAK_RESOURCES maps to them.

    before = snapshot()       # before the run
    ...                       # the run, its Session finished (its loops closed)
    found = leaks(before)     # [{"resource": "fd" | "thread" | "signal" | "process", ...}]
    end_children(before)      # then: the child processes the run left are killed and reaped

Only the fds whose /proc/self/fd link names a socket, a pipe or an anonymous inode (epoll,
eventfd, signalfd: what a selector or a loop's wake-up uses) count; files and directories do not.
Where /proc/self/fd does not exist the fds are not checked (no error). The threads that appeared
get vocabulary.LEAK_JOIN_SECONDS in all to end (joins with a timeout; nothing sleeps); the fds
are listed after that, since a thread that ends may close some. A thread started outside the
threading module that Python saw (a dummy thread) counts while its OS thread runs (Linux). A
socket is described from a duplicate of its fd (its family, addresses and peer), which is closed
at once: the socket itself is left as it was. The resource names are the keys of
vocabulary.LEAK_RESOURCES; a resource missing there is not checked. The threads the kit itself
starts for a program (thread_after's timers, threadsafe_flood's threads: marked with kit_thread)
are never leaks.
"""

import os
import signal
import socket
import threading
import time
import weakref
from collections import namedtuple

import tck_vocabulary as vocabulary

FD = "fd"
THREAD = "thread"
SIGNAL = "signal"
PROCESS = "process"
STATUS = "/proc/self/status"
FD_FOLDER = "/proc/self/fd"
FD_KINDS = ("socket:", "pipe:", "anon_inode:")

# fds: {fd: link target} of the fds of FD_KINDS, or None without /proc/self/fd; threads: a set;
# signals: the mask of the signals the process catches (SigCgt), or None without /proc/self/status;
# children: the set of this process's child pids, or None where they cannot be read.
Snapshot = namedtuple("Snapshot", "fds threads signals children")
_KIT_THREADS = weakref.WeakSet()


def kit_thread(thread):
    """Marks a thread the kit starts for a program, which leaks() never reports; returns it."""
    _KIT_THREADS.add(thread)
    return thread


def open_fds():
    """{fd: link target} of this process's sockets, pipes and anonymous inodes; None where
    /proc/self/fd cannot be read."""
    try:
        names = os.listdir(FD_FOLDER)
    except OSError:
        return None
    fds = {}
    for name in names:
        try:
            target = os.readlink(os.path.join(FD_FOLDER, name))
        except (OSError, ValueError):
            continue  # closed meanwhile (the fd of listdir's own directory)
        if target.startswith(FD_KINDS):
            fds[int(name)] = target
    return fds


def signal_masks():
    """{"SigCgt": mask, "SigIgn": mask}: the signals this process catches and ignores, as Linux
    sees them (a handler installed by C code, GLib's, included); None where that cannot be read."""
    try:
        with open(STATUS, encoding="ascii") as status:
            return dict((line[:6], int(line[7:], 16)) for line in status
                        if line.startswith(("SigCgt:", "SigIgn:")))
    except (OSError, ValueError):
        return None


def caught_or_ignored(sig):
    """Whether the process catches or ignores signal sig; None where that cannot be told."""
    masks = signal_masks()
    if not masks:
        return None
    return any(mask >> (sig - 1) & 1 for mask in masks.values())


def snapshot():
    """What is open and running now: the value leaks() compares with."""
    masks = signal_masks()
    return Snapshot(open_fds(), set(threading.enumerate()), masks and masks.get("SigCgt"),
                    children())


def children():
    """The pids of this process's children, running or not reaped (each thread's
    /proc/self/task/<tid>/children: a child belongs to the thread that started it); None where
    that cannot be read (no /proc, or a kernel without CONFIG_PROC_CHILDREN)."""
    if not os.path.exists(os.path.join(TASK_FOLDER, str(os.getpid()), "children")):
        return None
    pids = set()
    try:
        tasks = os.listdir(TASK_FOLDER)
    except OSError:
        return None
    for task in tasks:
        try:
            with open(os.path.join(TASK_FOLDER, task, "children"), encoding="ascii") as f:
                pids.update(int(pid) for pid in f.read().split())
        except OSError:
            continue  # the thread ended meanwhile; its children went to another one
    return pids


def describe_process(pid):
    """process N (NAME) still running, or not reaped (a zombie), from /proc/N/stat."""
    try:
        with open("/proc/%d/stat" % pid, "rb") as f:
            stat = f.read()
        name = stat[stat.index(b"(") + 1:stat.rindex(b")")].decode("utf-8", "replace")
        state = stat[stat.rindex(b")") + 2:stat.rindex(b")") + 3]
    except (OSError, ValueError):
        return "process %d still running" % pid
    if state == b"Z":
        return "process %d (%s) ended, not reaped (a zombie)" % (pid, name)
    return "process %d (%s) still running" % (pid, name)


def end_children(before):
    """Kills (SIGKILL) and reaps the children that appeared since the snapshot before: after a
    run's leaks are reported (or a run that hung), nothing it started goes on. A child some other
    thread reaps meanwhile (a loop's child watcher) is left to it."""
    if before.children is None:
        return
    for pid in sorted((children() or set()) - before.children):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass  # ended and reaped meanwhile
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass  # reaped by another thread


def leaks(before):
    """The resources that appeared since the snapshot before and are still there: fds sorted by
    number, then threads by name, signals, child processes by pid; each {"resource": name,
    "detail": text}."""
    deadline = time.monotonic() + vocabulary.LEAK_JOIN_SECONDS
    threads = []
    if THREAD in vocabulary.LEAK_RESOURCES:
        me = threading.current_thread()
        appeared = [t for t in threading.enumerate()
                    if t not in before.threads and t is not me and t not in _KIT_THREADS]
        appeared.sort(key=lambda t: (t.name, t.ident or 0))
        for t in appeared:
            if not isinstance(t, _DUMMY):
                t.join(max(0.0, deadline - time.monotonic()))
        threads = [t for t in appeared if (_runs(t) if isinstance(t, _DUMMY) else t.is_alive())]
    out = []
    if FD in vocabulary.LEAK_RESOURCES and before.fds is not None:
        now = open_fds() or {}
        for fd in sorted(now):
            if before.fds.get(fd) != now[fd]:  # new, or a number reused for another object
                out.append({"resource": FD, "detail": describe_fd(fd, now[fd])})
    for t in threads:
        daemon = " (daemon)" if t.daemon else ""
        out.append({"resource": THREAD, "detail": "thread '%s'%s" % (t.name, daemon)})
    if SIGNAL in vocabulary.LEAK_RESOURCES and before.signals is not None:
        now = (signal_masks() or {}).get("SigCgt", before.signals)
        for sig in sorted(_LOOP_SIGNALS):
            if now >> (sig - 1) & 1 and not before.signals >> (sig - 1) & 1:
                out.append({"resource": SIGNAL, "detail": "signal %d (%s) still caught"
                            % (sig, _signal_name(sig))})
    if PROCESS in vocabulary.LEAK_RESOURCES and before.children is not None:
        for pid in sorted((children() or set()) - before.children):
            out.append({"resource": PROCESS, "detail": describe_process(pid)})
    return out


# The signals a loop may catch: not glibc's own (32 and 33 on Linux, which it installs for its
# threads: signal.valid_signals() leaves them out).
_LOOP_SIGNALS = frozenset(int(sig) for sig in getattr(signal, "valid_signals", lambda: range(1, 32))()
                          if 0 < int(sig) <= 64)


def _signal_name(sig):
    try:
        return signal.Signals(sig).name
    except ValueError:
        return "SIG%d" % sig


# What threading.current_thread() makes for a thread started outside the threading module (a Qt
# worker that logs, say): it cannot be joined, and it stays in threading.enumerate() (before
# Python 3.13: "alive") after the thread has ended.
_DUMMY = getattr(threading, "_DummyThread", ())
TASK_FOLDER = "/proc/self/task"


def _runs(dummy):
    """Whether the OS thread of a dummy thread still runs: /proc/self/task/<its native id>;
    False where that cannot be told (a thread that cannot be seen is not reported)."""
    native = getattr(dummy, "native_id", None)
    return native is not None and os.path.isdir(os.path.join(TASK_FOLDER, str(native)))


def describe_fd(fd, target):
    """fd N: TARGET, and for a socket what it is: (TCP 127.0.0.1:43122 -> 127.0.0.1:39011)."""
    text = "fd %d: %s" % (fd, target)
    if not target.startswith("socket:"):
        return text
    try:
        copy = os.dup(fd)
    except OSError:
        return text
    try:
        s = socket.socket(fileno=copy)  # the family and type are read from the fd
    except OSError:
        os.close(copy)
        return text
    try:
        what = describe_socket(s)
    except OSError:
        return text
    finally:
        s.close()  # the duplicate only
    return "%s (%s)" % (text, what)


def describe_socket(s):
    """What a socket is: TCP A -> B, TCP listening A, UDP A, unix stream PATH -> PEER, ...;
    raises OSError."""
    local = s.getsockname()
    try:
        peer = s.getpeername()
    except OSError:
        peer = None
    if s.family in (socket.AF_INET, getattr(socket, "AF_INET6", None)):
        kind = {socket.SOCK_STREAM: "TCP", socket.SOCK_DGRAM: "UDP"}.get(s.type, _name(s.type))
        if peer is not None:
            return "%s %s -> %s" % (kind, _inet(local), _inet(peer))
        if s.type == socket.SOCK_STREAM:
            listening = _listening(s)
            if listening is False:
                return "TCP %s, not connected" % _inet(local)
            return "TCP listening %s" % _inet(local)
        return "%s %s" % (kind, _inet(local))
    if s.family == getattr(socket, "AF_UNIX", None):
        kind = {socket.SOCK_STREAM: "stream", socket.SOCK_DGRAM: "datagram"}.get(s.type,
                                                                                 _name(s.type))
        text = "unix %s %s" % (kind, _unix(local))
        return text + " -> %s" % _unix(peer) if peer is not None else text
    text = "%s %s %r" % (_name(s.family), _name(s.type), local)
    return text + " -> %r" % (peer,) if peer is not None else text


def _listening(s):
    """Whether a stream socket listens (SO_ACCEPTCONN), None where that cannot be asked."""
    option = getattr(socket, "SO_ACCEPTCONN", None)
    if option is None:
        return None
    try:
        return bool(s.getsockopt(socket.SOL_SOCKET, option))
    except OSError:
        return None


def _inet(address):
    host, port = address[0], address[1]
    return ("[%s]:%d" if ":" in host else "%s:%d") % (host, port)


def _unix(address):
    if not address:
        return "unnamed"
    if isinstance(address, bytes):  # an abstract address: its leading NUL shown as @
        return "@" + address[1:].decode("utf-8", "replace") if address[:1] == b"\0" \
            else address.decode("utf-8", "replace")
    return "@" + address[1:] if address.startswith("\0") else address


def _name(value):
    return getattr(value, "name", str(value))
