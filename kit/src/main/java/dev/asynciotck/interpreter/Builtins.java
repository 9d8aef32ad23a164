package dev.asynciotck.interpreter;

import dev.asynciotck.api.PyType;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.TypeError;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The builtins of the scenario language: their names are the vocabulary's ({@code spec/vocabulary.json}). */
final class Builtins {

    static final Object MISSING = new Object();

    private Builtins() {
    }

    private static final Builtin SET = new Builtin("set", (args, kw) -> {
        Args a = new Args("set", args, kw);
        a.noMoreThan(1);
        Set<Object> out = new LinkedHashSet<>();
        if (a.size() == 1) {
            for (Object item : Values.iterate(args.get(0))) {
                Values.addToSet(out, item);
            }
        }
        return out;
    });
    private static final Builtin LIST = new Builtin("list", (args, kw) -> {
        new Args("list", args, kw).noMoreThan(1);
        return args.isEmpty() ? new ArrayList<>() : new ArrayList<>(Values.iterate(args.get(0)));
    });
    private static final Builtin TUPLE = new Builtin("tuple", (args, kw) -> {
        new Args("tuple", args, kw).noMoreThan(1);
        return new PyTuple(args.isEmpty() ? List.of() : Values.iterate(args.get(0)));
    });
    private static final Builtin LEN = new Builtin("len", (args, kw) -> {
        Args a = new Args("len", args, kw);
        Object v = a.required(0, "obj");
        a.noMoreThan(1);
        if (v instanceof PyBytes b) {
            return (long) b.size();  // not through its items: bytes of megabytes are common (data_received)
        }
        if (v instanceof String text) {
            return (long) text.codePointCount(0, text.length());
        }
        return (long) Values.iterate(v).size();
    });
    private static final Builtin SORTED = new Builtin("sorted", (args, kw) -> {
        Args a = new Args("sorted", args, kw);
        List<Object> items = new ArrayList<>(Values.iterate(a.required(0, "iterable")));
        a.noMoreThan(1);
        items.sort((x, y) -> PyOps.compare("<", x, y) ? -1 : PyOps.compare("<", y, x) ? 1 : 0);
        return items;
    });
    private static final Builtin RANGE = new Builtin("range", (args, kw) -> PyRange.of(new Args("range", args, kw)));
    private static final Builtin ISINSTANCE = new Builtin("isinstance", (args, kw) -> {
        Args a = new Args("isinstance", args, kw);
        Object v = a.required(0, "obj");
        Object type = a.required(1, "class");
        a.noMoreThan(2);
        if (type instanceof ClassValue c) {
            return v instanceof ProgramObject o && o.classDef == c.def();
        }
        if (!(type instanceof ExceptionClass c)) {
            throw new InvalidProgramException("isinstance() takes an exception type or a class of the program in the "
                    + "scenario language");
        }
        return v instanceof PythonException e && e.isInstanceOf(c.type());
    });

    /** {@code str(x)} for the language's plain values: a string itself, an exception's message, else {@code repr}. */
    private static final Builtin STR = new Builtin("str", (args, kw) -> {
        Args a = new Args("str", args, kw);
        Object v = a.optional(0, "object", "");
        a.noMoreThan(1);
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof PythonException e) {
            return e.pythonMessage();
        }
        if (ValueEncoder.isRef(v) || v instanceof ProgramObject || v instanceof FunctionValue || v instanceof ClassValue
                || v instanceof BoundMethod || v instanceof ProgramMethod || v instanceof Builtin) {
            throw new InvalidProgramException("str() of " + PyOps.repr(v) + " is not in the scenario language (its text"
                    + " is the implementation's); str() takes the language's plain values");
        }
        return ValueEncoder.encodeDetached(v).toString();
    });
    private static final Builtin CONTEXT_VAR = new Builtin("ContextVar", ContextBuiltins::newContextVar);
    private static final Builtin COPY_CONTEXT = new Builtin("copy_context", ContextBuiltins::copyContext);

    /**
     * The builtins other than the exception types, by name: what each is in a session. One entry
     * per builtin of the vocabulary ({@code VocabularyImplementedTest} checks it).
     */
    static final Map<String, Function<Session, Object>> BUILTINS = Map.ofEntries(
            Map.entry("loop", Session::mainLoop),
            Map.entry("asyncio", session -> AsyncioModule.INSTANCE),
            Map.entry("record", session -> new Builtin("record",
                    (args, kw) -> record(session, new Args("record", args, kw)))),
            Map.entry("new_event_loop", session -> new Builtin("new_event_loop", (args, kw) -> {
                new Args("new_event_loop", args, kw).noMoreThan(0);
                return session.newLoop();
            })),
            Map.entry("clock_resolution", session -> new Builtin("clock_resolution", (args, kw) -> {
                new Args("clock_resolution", args, kw).noMoreThan(0);
                return session.mainLoop().clockResolution();
            })),
            Map.entry("blocking_sleep", session -> new Builtin("blocking_sleep",
                    (args, kw) -> ThreadMethods.blockingSleep(new Args("blocking_sleep", args, kw)))),
            Map.entry("threadsafe_flood", session -> new Builtin("threadsafe_flood",
                    (args, kw) -> ThreadMethods.threadsafeFlood(session, new Args("threadsafe_flood", args, kw)))),
            Map.entry("ThreadPoolExecutor", session -> new Builtin("ThreadPoolExecutor",
                    (args, kw) -> ThreadMethods.threadPool(new Args("ThreadPoolExecutor", args, kw)))),
            Map.entry("thread_after", session -> new Builtin("thread_after",
                    (args, kw) -> threadAfter(session, new Args("thread_after", args, kw)))),
            Map.entry("socketpair", session -> new Builtin("socketpair",
                    (args, kw) -> SocketMethods.socketpair(new Args("socketpair", args, kw)))),
            Map.entry("asyncio_warnings", session -> new Builtin("asyncio_warnings", (args, kw) -> {
                new Args("asyncio_warnings", args, kw).noMoreThan(0);
                return session.warnings.messages();
            })),
            Map.entry("tcp_listener", session -> new Builtin("tcp_listener",
                    (args, kw) -> SocketMethods.tcpListener(new Args("tcp_listener", args, kw)))),
            Map.entry("tcp_socket", session -> new Builtin("tcp_socket",
                    (args, kw) -> SocketMethods.tcpSocket(new Args("tcp_socket", args, kw)))),
            Map.entry("unix_socket_path", session -> new Builtin("unix_socket_path", (args, kw) -> {
                new Args("unix_socket_path", args, kw).noMoreThan(0);
                return session.unixSocketPath();
            })),
            Map.entry("tls_server_context", session -> new Builtin("tls_server_context",
                    (args, kw) -> TlsMethods.serverContext(new Args("tls_server_context", args, kw)))),
            Map.entry("tls_client_context", session -> new Builtin("tls_client_context",
                    (args, kw) -> TlsMethods.clientContext(new Args("tls_client_context", args, kw)))),
            Map.entry("raise_signal", session -> new Builtin("raise_signal",
                    (args, kw) -> SignalMethods.raiseSignal(new Args("raise_signal", args, kw)))),
            Map.entry("SIGUSR1", session -> SignalMethods.number("SIGUSR1")),
            Map.entry("SIGUSR2", session -> SignalMethods.number("SIGUSR2")),
            Map.entry("SIGWINCH", session -> SignalMethods.number("SIGWINCH")),
            Map.entry("SIGCHLD", session -> SignalMethods.number("SIGCHLD")),
            Map.entry("SIGKILL", session -> SignalMethods.number("SIGKILL")),
            Map.entry("SIGTERM", session -> SignalMethods.number("SIGTERM")),
            Map.entry("AF_INET", session -> (long) dev.asynciotck.api.AddrInfo.AF_INET),
            Map.entry("SOCK_STREAM", session -> (long) dev.asynciotck.api.AddrInfo.SOCK_STREAM),
            Map.entry("SOCK_DGRAM", session -> (long) dev.asynciotck.api.AddrInfo.SOCK_DGRAM),
            Map.entry("NI_NUMERICHOST", session -> (long) dev.asynciotck.api.AddrInfo.NI_NUMERICHOST),
            Map.entry("NI_NUMERICSERV", session -> (long) dev.asynciotck.api.AddrInfo.NI_NUMERICSERV),
            Map.entry("PIPE", session -> ProcessMethods.PIPE),
            Map.entry("DEVNULL", session -> ProcessMethods.DEVNULL),
            Map.entry("set", session -> SET),
            Map.entry("list", session -> LIST),
            Map.entry("tuple", session -> TUPLE),
            Map.entry("len", session -> LEN),
            Map.entry("sorted", session -> SORTED),
            Map.entry("range", session -> RANGE),
            Map.entry("isinstance", session -> ISINSTANCE),
            Map.entry("str", session -> STR),
            Map.entry("ContextVar", session -> CONTEXT_VAR),
            Map.entry("copy_context", session -> COPY_CONTEXT));

    /**
     * @param session the program's session
     * @param name    a name
     * @return the builtin of that name (an exception type is one too), or {@link #MISSING}
     */
    static Object get(Session session, String name) {
        return session.builtins.computeIfAbsent(name, n -> resolve(session, n));
    }

    /** {@link #get}, without the session's memory of the names it resolved. */
    private static Object resolve(Session session, String name) {
        if (Kinds.VOCABULARY.builtin(name).isPresent()) {
            return BUILTINS.get(name).apply(session);
        }
        if (Kinds.VOCABULARY.exception(name).isPresent()) {
            return new ExceptionClass(PyType.byPythonName(name));
        }
        return MISSING;
    }

    /**
     * @param name the type an {@code except} clause names: an exception type of the vocabulary, or
     *             {@code asyncio.X} for an exception type X of the asyncio module
     * @return the type
     */
    static PyType exceptionType(String name) {
        boolean known = name.startsWith("asyncio.")
                ? Kinds.VOCABULARY.asyncio(name.substring("asyncio.".length()))
                        .filter(n -> n.is(dev.asynciotck.vocabulary.LanguageName.EXCEPTION)).isPresent()
                : Kinds.VOCABULARY.exception(name).isPresent();
        if (!known) {
            throw new InvalidProgramException("except " + name + ": not an exception type of the scenario language ("
                    + Kinds.VOCABULARY.exceptions().stream().map(t -> t.name()).collect(Collectors.joining(", "))
                    + ", or asyncio." + Kinds.VOCABULARY.asyncio().stream()
                            .filter(n -> n.is(dev.asynciotck.vocabulary.LanguageName.EXCEPTION)).map(n -> n.name())
                            .collect(Collectors.joining(", asyncio.")) + ")");
        }
        return PyType.byPythonName(name.substring(name.lastIndexOf('.') + 1));
    }

    private static Object record(Session session, Args a) {
        Object label = a.required(0, "label");
        boolean hasValue = a.size() >= 2;
        Object value = a.optional(1, "value", null);
        a.noMoreThan(2);
        if (!(label instanceof String s) || s.startsWith("!")) {
            throw new InvalidProgramException("record(): the label must be a string not starting with '!', got "
                    + PyOps.repr(label));
        }
        session.record(s, value, hasValue);
        return null;
    }

    private static Object threadAfter(Session session, Args a) {
        double delay = PyOps.toDouble(a.required(0, "delay"));
        Object fn = a.required(1, "fn");
        List<Object> rest = List.copyOf(a.from(2));
        a.noUnknownKeywords();
        session.calls.checkCallable(fn);
        Thread t = new Thread(() -> {
            try {
                Thread.sleep((long) (delay * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                session.calls.callFromLoop(fn, rest);
            } catch (RuntimeException ignored) {
                // reported through the session (invalid program) or lost with the thread, as in Python
            }
        }, "tck-thread_after");
        t.setDaemon(true);
        t.start();
        return null;
    }

    static TypeError notANumber(String function, Object v) {
        return new TypeError(function + "(): expected a number, got " + PyOps.typeName(v));
    }
}
