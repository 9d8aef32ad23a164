package dev.asynciotck.interpreter;

import dev.asynciotck.api.PyType;
import dev.asynciotck.api.TypeError;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The builtin names of the scenario language (see {@code spec/language.md}). */
final class Builtins {

    static final Object MISSING = new Object();

    private Builtins() {
    }

    static Object get(Session session, String name) {
        switch (name) {
            case "loop":
                return session.mainLoop();
            case "asyncio":
                return AsyncioModule.INSTANCE;
            case "record":
                return new Builtin(name, (args, kw) -> record(session, new Args(name, args, kw)));
            case "new_event_loop":
                return new Builtin(name, (args, kw) -> {
                    new Args(name, args, kw).noMoreThan(0);
                    return session.newLoop();
                });
            case "clock_resolution":
                return new Builtin(name, (args, kw) -> {
                    new Args(name, args, kw).noMoreThan(0);
                    return session.mainLoop().clockResolution();
                });
            case "thread_after":
                return new Builtin(name, (args, kw) -> threadAfter(session, new Args(name, args, kw)));
            case "set":
                return new Builtin(name, (args, kw) -> {
                    Args a = new Args(name, args, kw);
                    a.noMoreThan(1);
                    Set<Object> out = new LinkedHashSet<>();
                    if (a.size() == 1) {
                        for (Object item : Values.iterate(args.get(0))) {
                            Values.addToSet(out, item);
                        }
                    }
                    return out;
                });
            case "list":
                return new Builtin(name, (args, kw) -> {
                    new Args(name, args, kw).noMoreThan(1);
                    return args.isEmpty() ? new ArrayList<>() : new ArrayList<>(Values.iterate(args.get(0)));
                });
            case "tuple":
                return new Builtin(name, (args, kw) -> {
                    new Args(name, args, kw).noMoreThan(1);
                    return new PyTuple(args.isEmpty() ? List.of() : Values.iterate(args.get(0)));
                });
            case "len":
                return new Builtin(name, (args, kw) -> {
                    Args a = new Args(name, args, kw);
                    Object v = a.required(0, "obj");
                    a.noMoreThan(1);
                    return (long) Values.iterate(v).size();
                });
            case "sorted":
                return new Builtin(name, (args, kw) -> {
                    Args a = new Args(name, args, kw);
                    List<Object> items = new ArrayList<>(Values.iterate(a.required(0, "iterable")));
                    a.noMoreThan(1);
                    items.sort((x, y) -> PyOps.compare("<", x, y) ? -1 : PyOps.compare("<", y, x) ? 1 : 0);
                    return items;
                });
            case "isinstance":
                return new Builtin(name, (args, kw) -> {
                    Args a = new Args(name, args, kw);
                    Object v = a.required(0, "obj");
                    Object type = a.required(1, "class");
                    a.noMoreThan(2);
                    if (!(type instanceof ExceptionClass c)) {
                        throw new InvalidProgramException("isinstance() takes an exception type in the scenario language");
                    }
                    return v instanceof dev.asynciotck.api.PythonException e && e.isInstanceOf(c.type());
                });
            default:
                for (PyType t : PyType.values()) {
                    if (t.pythonName().equals(name)) {
                        return new ExceptionClass(t);
                    }
                }
                return MISSING;
        }
    }

    /** The type named in an {@code except} clause. */
    static PyType exceptionType(String name) {
        try {
            return PyType.byPythonName(name.substring(name.lastIndexOf('.') + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidProgramException("except " + name + ": " + e.getMessage());
        }
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
                session.calls.callGuarded(fn, rest);
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
