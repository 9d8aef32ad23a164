package dev.asynciotck.interpreter;

import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.EventLoopFactory;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.LoopOptions;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.program.FunctionDef;
import dev.asynciotck.program.Program;
import dev.asynciotck.trace.Event;
import dev.asynciotck.trace.TraceValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The state of one program run: its loops, globals, recorded events and naming of objects. */
final class Session {

    final Program program;
    final Map<String, Object> globals = new HashMap<>();
    final ValueEncoder encoder = new ValueEncoder();
    final Evaluator evaluator = new Evaluator(this);
    final Calls calls = new Calls(this);
    /** Whether each function and method called so far is an asynchronous generator (found at its first call only). */
    private final Map<FunctionDef, Boolean> asyncGenerators = new IdentityHashMap<>();
    /**
     * What each builtin name looked up so far evaluates to ({@link Builtins#MISSING} for a name that
     * is none): the same object at each use, as in Python, and looked up once.
     */
    final Map<String, Object> builtins = new java.util.concurrent.ConcurrentHashMap<>();
    /** What the name of each function and class of the program evaluates to (a function's name first). */
    private final Map<String, Object> definitions = new HashMap<>();

    private final EventLoopFactory factory;
    private final LoopOptions options;
    private final List<EventLoop> loops = new ArrayList<>();
    private final List<java.nio.file.Path> tempDirs = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final Map<Object, Consumer<Future>> doneCallbacks = new HashMap<>();
    private final EventLoop mainLoop;
    /** The last call that returned None where asyncio documents a kind of object (or None, at times). */
    private String noneFrom;
    /** The coroutines of calls whose value the vocabulary says (create_server...), each with its call. */
    private final Map<Object, String> valueCalls = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final double startTime;
    private volatile InvalidProgramException programError;
    private volatile LoopDeviationException deviation;
    private volatile StepBudgetException stepsRanOut;
    private final java.util.concurrent.atomic.AtomicInteger steps = new java.util.concurrent.atomic.AtomicInteger();

    /** The warnings the loops log while the program runs ({@code asyncio_warnings()}). */
    final LoopWarnings warnings = LoopWarnings.begin();

    Session(Program program, EventLoopFactory factory, LoopOptions options) {
        this.program = program;
        program.functions().forEach(f -> definitions.putIfAbsent(f.name(), new FunctionValue(f)));
        program.classes().forEach(c -> definitions.putIfAbsent(c.name(), new ClassValue(c)));
        this.factory = factory;
        this.options = options;
        this.mainLoop = newLoop();
        this.startTime = mainLoop.time();
    }

    /**
     * @param def a function or method of the program
     * @return whether it is an asynchronous generator function ({@link FunctionDef#asyncGenerator()})
     */
    boolean asyncGenerator(FunctionDef def) {
        synchronized (asyncGenerators) {
            return asyncGenerators.computeIfAbsent(def, FunctionDef::asyncGenerator);
        }
    }

    /**
     * @param name a name
     * @return the function or class of the program of that name, or null
     */
    Object definition(String name) {
        return definitions.get(name);
    }

    /** @return the implementation under test */
    EventLoopFactory factory() {
        return factory;
    }

    EventLoop mainLoop() {
        return mainLoop;
    }

    /**
     * The exception handler the session gives each loop: it records what the loop reports (the
     * program's view of asyncio's default handler, which logs), and acts on the kit's own
     * exceptions (an invalid program, a deviation, the step budget).
     */
    final dev.asynciotck.api.ExceptionHandler recorder = (l, context) -> {
        Throwable e = context.exception();
        if (!handledByTheKit(e)) {
            addEvent(new Event(Event.Kind.HANDLER, "", encodeError(e), now()));
        }
    };

    /**
     * @param e what a loop reported
     * @return whether it is the kit's own (an invalid program, a deviation, the step budget), now
     *         acted on; a program's exception handler never sees those
     */
    boolean handledByTheKit(Throwable e) {
        if (e instanceof InvalidProgramException invalid) {
            fail(invalid);
        } else if (e instanceof LoopDeviationException deviated) {
            deviate(deviated);
        } else if (e instanceof StepBudgetException) {
            stopRunningLoop();
        } else {
            return false;
        }
        return true;
    }

    /** A new loop of the implementation under test, whose exception handler records events. */
    EventLoop newLoop() {
        EventLoop loop = factory.newEventLoop(options);
        loop.setExceptionHandler(recorder);
        synchronized (loops) {
            loops.add(loop);
        }
        return loop;
    }

    /** @return the loop running on this thread, or {@code null} */
    EventLoop runningLoop() {
        synchronized (loops) {
            for (EventLoop l : loops) {
                if (l.isRunning()) {
                    return l;
                }
            }
        }
        return null;
    }

    /** @return the running loop, else the program's loop */
    EventLoop currentLoop() {
        EventLoop running = runningLoop();
        return running != null ? running : mainLoop;
    }

    void record(String label, Object value, boolean hasValue) {
        TraceValue encoded = hasValue ? encoder.encode(value) : null;
        addEvent(new Event(Event.Kind.RECORD, label, encoded, now()));
    }

    private Double now() {
        try {
            return mainLoop.time() - startTime;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void addEvent(Event e) {
        synchronized (events) {
            events.add(e);
        }
    }

    List<Event> events() {
        synchronized (events) {
            return new ArrayList<>(events);
        }
    }

    TraceValue.Error encodeError(Throwable e) {
        if (e instanceof PythonException p) {
            return new TraceValue.Error(p.type().pythonName(), p.pythonMessage());
        }
        return new TraceValue.Error(e == null ? "None" : e.getClass().getName(),
                e == null || e.getMessage() == null ? "" : e.getMessage());
    }

    void assign(String name, Object value) {
        globals.put(name, value);
        encoder.assigned(name, value);
    }

    /**
     * Remembers the first invalid-program error, which ends the run whatever else happened, and
     * stops the running loop so that the program ends (a task that hit it would stay pending).
     */
    /** Records that the loop deviated (the first deviation is reported) and stops the running loop. */
    void deviate(LoopDeviationException e) {
        if (deviation == null) {
            deviation = e;
        }
        stopRunningLoop();
    }

    LoopDeviationException deviation() {
        return deviation;
    }

    void fail(InvalidProgramException e) {
        if (programError == null) {
            programError = e;
        }
        stopRunningLoop();
    }

    InvalidProgramException programError() {
        return programError;
    }

    /**
     * Takes one step of the program's step budget (an iteration of a {@code for} or {@code while});
     * past the budget, and from then on, throws and stops the running loop.
     */
    void step() {
        if (stepsRanOut == null && steps.incrementAndGet() <= Kinds.VOCABULARY.stepBudget()) {
            return;
        }
        if (stepsRanOut == null) {
            stepsRanOut = new StepBudgetException(Kinds.VOCABULARY.stepBudget());
        }
        stopRunningLoop();
        throw stepsRanOut;
    }

    /** @return the step budget's exhaustion, if the program ran past it, else {@code null} */
    StepBudgetException stepsRanOut() {
        return stepsRanOut;
    }

    /**
     * From another thread, once the program's budget has run out: asks each of its running loops
     * to stop, thread-safely, so that the program's run ends and its loops are closed.
     */
    void stopFromOutside() {
        List<EventLoop> all;
        synchronized (loops) {
            all = new ArrayList<>(loops);
        }
        for (EventLoop l : all) {
            if (l.isRunning()) {
                try {
                    l.callSoonThreadsafe(l::stop);
                } catch (RuntimeException e) {
                    // closed meanwhile: nothing to stop
                }
            }
        }
    }

    private void stopRunningLoop() {
        EventLoop running = runningLoop();
        if (running != null) {
            running.stop();
        }
    }

    /** @return a callback that calls {@code fn(*args)}, for {@code call_soon} and friends */
    Runnable callback(Object fn, List<Object> args) {
        calls.checkCallable(fn);
        return ThreadMethods.callback(this, fn, args);
    }

    /** @return the same done callback for the same function, so removal finds it */
    Consumer<Future> doneCallback(Object fn) {
        calls.checkCallable(fn);
        synchronized (doneCallbacks) {
            return doneCallbacks.computeIfAbsent(fn, f -> future -> calls.callFromLoop(f, List.of(future)));
        }
    }

    /** Closes every loop that is neither running nor closed, then removes the directories of {@link #unixSocketPath}. */
    void closeLoops() {
        warnings.end();
        List<EventLoop> all;
        synchronized (loops) {
            all = new ArrayList<>(loops);
        }
        for (EventLoop l : all) {
            if (!l.isRunning() && !l.isClosed()) {
                l.close();
            }
        }
        synchronized (tempDirs) {
            for (java.nio.file.Path dir : tempDirs) {
                try (java.util.stream.Stream<java.nio.file.Path> inside = java.nio.file.Files.walk(dir)) {
                    for (java.nio.file.Path p : inside.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        java.nio.file.Files.deleteIfExists(p);
                    }
                } catch (java.io.IOException e) {
                    // a temporary directory the system cleans up in the end
                }
            }
            tempDirs.clear();
        }
    }

    /**
     * The kit's {@code unix_socket_path()}: a path where nothing is yet, in a new directory of its
     * own, removed with what is in it once the program's loops are closed.
     *
     * @return the path
     */
    String unixSocketPath() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("tck-unix-");
            synchronized (tempDirs) {
                tempDirs.add(dir);
            }
            return dir.resolve("socket").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot make a temporary directory for a Unix socket", e);
        }
    }

    /**
     * Remembers a call that returned None where asyncio may return None but documents a kind of
     * object otherwise: a program that then calls a method of that kind on None shows that the
     * loop returned None where it should not have.
     *
     * @param call the method or function
     */
    void returnedNone(String call) {
        noneFrom = call;
    }

    /** @return the last call that returned None where asyncio documents a kind of object, or null */
    String noneFrom() {
        return noneFrom;
    }

    /**
     * Remembers the coroutine a call returned whose value the vocabulary says ({@code create_server}:
     * a Server), so that awaiting it, or a task running it, checks that value.
     *
     * @param coroutine what the call returned
     * @param call      the method or function
     */
    void returnedValueCall(Object coroutine, String call) {
        valueCalls.put(coroutine, call);
    }

    /**
     * @param awaitable what an await statement awaits
     * @return the call whose value awaiting it gives: it is that call's coroutine, or a task running
     *         it; null when it is neither
     */
    String valueCall(Object awaitable) {
        String call = valueCalls.get(awaitable);
        if (call == null && awaitable instanceof dev.asynciotck.api.Task task) {
            call = valueCalls.get(task.getCoro());
        }
        return call;
    }
}
