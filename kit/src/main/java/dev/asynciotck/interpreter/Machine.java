package dev.asynciotck.interpreter;

import dev.asynciotck.api.AsyncContextManager;
import dev.asynciotck.api.AsCompleted;
import dev.asynciotck.api.AsyncIterator;
import dev.asynciotck.api.Awaitable;
import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.CoroutineStep;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.PyType;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.RuntimeError;
import dev.asynciotck.api.TypeError;
import dev.asynciotck.program.Stmt;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Executes a block of statements as a resumable machine: it runs until the body finishes, raises,
 * or suspends at an {@code await} on a pending future. Control flow (if, for, while, break,
 * continue, try/except/finally, return, raise) is an explicit stack of blocks, so a suspended body is just this object's state; that is
 * what lets a program coroutine be driven by any loop's tasks through send/throw.
 */
final class Machine {

    private enum Phase { PLAIN, BODY, HANDLER, FINALLY, LOOP, ASYNC_LOOP, WITH, EXIT }

    private enum Flow { RAISE, RETURN, BREAK, CONTINUE }

    /** An abrupt completion travelling up the block stack. */
    private record Completion(Flow flow, PythonException error, Object value) {
    }

    private static final class Block {
        final List<Stmt> stmts;
        final Phase phase;
        final Stmt.Try owner;
        final PythonException handling;
        final Completion pending;
        String boundName;
        int pc;
        /** For a LOOP block: its {@code for} or {@code while}, and where a {@code for} is. */
        Stmt loop;
        List<Object> items;
        PyRange range;
        long index;
        /** For a {@code for} over a dict: the dict, and its size when the loop began. */
        PyDict dict;
        int dictSize;
        /** For a WITH or EXIT block: the manager of its {@code async with}. */
        AsyncContextManager manager;
        /**
         * For an ASYNC_LOOP block: its iterator; whether its next {@code __anext__()} is still to be
         * awaited, and whether it is being awaited (a {@code StopAsyncIteration} then ends the loop).
         */
        AsyncIterator iterator;
        boolean needsNext;
        boolean advancing;

        Block(List<Stmt> stmts, Phase phase, Stmt.Try owner, PythonException handling, Completion pending) {
            this.stmts = stmts;
            this.phase = phase;
            this.owner = owner;
            this.handling = handling;
            this.pending = pending;
        }
    }

    /** Why a {@code for} over a set is not in the language. */
    static final String SET_ORDER = "at run time: a for loop over a set: the order of a set's items is Python's"
            + " hash order, which the scenario language does not fix; iterate sorted(s)";

    private final Session session;
    private final Map<String, Object> locals;
    private final Deque<Block> stack = new ArrayDeque<>();

    /** The await in progress: an {@code Await}, or the {@code AsyncWith} entering; null while exiting. */
    private Stmt suspendedAt;
    private Future awaitedFuture;
    /** The manager whose {@code __aenter__} is awaited, or the EXIT block whose {@code __aexit__} is. */
    private AsyncContextManager entering;
    private Block exiting;
    /** The value of an await that finished without suspending. */
    private Object ready;
    private Coroutine delegate;
    /** The call whose value the await in progress gives, when the vocabulary says it (see Session#valueCall). */
    private String valueCall;
    private boolean running;
    private boolean finished;
    /** Whether the last step ended at a {@code yield} (its value returned), not at the body's end. */
    private boolean yielded;

    Machine(Session session, List<Stmt> body, Map<String, Object> locals) {
        this.session = session;
        this.locals = locals;
        stack.push(new Block(body, Phase.PLAIN, null, null, null));
    }

    /**
     * Resumes the machine: with {@code thrown} raised at the current await point, else with the
     * awaited result.
     */
    CoroutineStep resume(PythonException thrown) {
        if (finished) {
            throw new RuntimeError("cannot reuse already awaited coroutine");
        }
        if (running) {
            throw new RuntimeError("coroutine is already executing");
        }
        running = true;
        try {
            Completion flowing = null;
            if (suspendedAt != null || awaitedFuture != null || delegate != null) {
                try {
                    Object value;
                    if (delegate != null) {
                        CoroutineStep step = thrown != null ? delegate.throwInto(thrown) : delegate.send(null);
                        if (step instanceof CoroutineStep.Suspended s) {
                            return s;
                        }
                        value = ((CoroutineStep.Returned) step).value();
                    } else if (thrown != null) {
                        throw thrown;
                    } else {
                        value = awaitedFuture.result();
                    }
                    flowing = settle(value);
                } catch (PythonException e) {
                    clearAwait();
                    flowing = new Completion(Flow.RAISE, e, null);
                }
            } else if (thrown != null) {
                flowing = new Completion(Flow.RAISE, thrown, null);
            }
            return run(flowing);
        } finally {
            running = false;
        }
    }

    private CoroutineStep run(Completion flowing) {
        while (true) {
            if (flowing != null) {
                flowing = unwind(flowing);
                if (flowing != null) {
                    finished = true;
                    if (flowing.flow == Flow.RAISE) {
                        throw flowing.error;
                    }
                    return new CoroutineStep.Returned(flowing.value);
                }
                continue;
            }
            Block block = stack.peek();
            if (block == null) {
                finished = true;
                return new CoroutineStep.Returned(null);
            }
            if (block.phase == Phase.EXIT || block.phase == Phase.ASYNC_LOOP && block.needsNext) {
                try {
                    CoroutineStep suspended = block.phase == Phase.EXIT ? startExit(block) : startNext(block);
                    if (suspended != null) {
                        return suspended;
                    }
                    flowing = settle(ready);
                } catch (PythonException e) {
                    clearAwait();
                    flowing = new Completion(Flow.RAISE, e, null);
                }
                continue;
            }
            if (block.pc >= block.stmts.size()) {
                try {
                    flowing = completeNormally(stack.pop());
                } catch (PythonException e) {
                    flowing = new Completion(Flow.RAISE, e, null);
                }
                continue;
            }
            Stmt stmt = block.stmts.get(block.pc++);
            try {
                CoroutineStep suspended = execute(stmt);
                if (suspended != null) {
                    return suspended;
                }
                if (suspendedAt != null) {
                    flowing = settle(ready);
                }
            } catch (PythonException e) {
                clearAwait();
                flowing = new Completion(Flow.RAISE, e, null);
            } catch (FlowSignal f) {
                flowing = new Completion(f.flow, null, f.value);
            }
        }
    }

    /** Pops blocks for an abrupt completion; returns it if it leaves the machine, else null. */
    private Completion unwind(Completion c) {
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            if (b.phase == Phase.ASYNC_LOOP && (c.flow == Flow.BREAK || c.flow == Flow.CONTINUE
                    || c.flow == Flow.RAISE && b.advancing && c.error.isInstanceOf(PyType.STOP_ASYNC_ITERATION))) {
                if (c.flow == Flow.CONTINUE) {
                    b.needsNext = true;
                    stack.push(b);
                }
                return null;
            }
            if (b.phase == Phase.LOOP && (c.flow == Flow.BREAK || c.flow == Flow.CONTINUE)) {
                try {
                    if (c.flow == Flow.CONTINUE && nextIteration(b)) {
                        b.pc = 0;
                        stack.push(b);
                    }
                    return null;
                } catch (PythonException e) {
                    c = new Completion(Flow.RAISE, e, null);
                    continue;
                }
            }
            if (b.phase == Phase.BODY && c.flow == Flow.RAISE) {
                Stmt.Handler h = matchingHandler(b.owner, c.error);
                if (h != null) {
                    Block handler = new Block(h.body(), Phase.HANDLER, b.owner, c.error, null);
                    handler.boundName = h.name();
                    stack.push(handler);
                    if (h.name() != null) {
                        session.assign(h.name(), c.error);
                    }
                    return null;
                }
            }
            leave(b);
            if ((b.phase == Phase.BODY || b.phase == Phase.HANDLER) && !b.owner.finallyBody().isEmpty()) {
                stack.push(new Block(b.owner.finallyBody(), Phase.FINALLY, b.owner, null, c));
                return null;
            }
            if (b.phase == Phase.WITH) {
                pushExit(b, c);
                return null;
            }
        }
        return c;
    }

    /** As Python does at the end of {@code except T as name:}, whichever way it ends: {@code del name}. */
    private void leave(Block b) {
        if (b.boundName != null) {
            session.globals.remove(b.boundName);
        }
    }

    private Completion completeNormally(Block b) {
        leave(b);
        if (b.phase == Phase.LOOP) {
            if (nextIteration(b)) {
                b.pc = 0;
                stack.push(b);
            }
            return null;
        }
        if (b.phase == Phase.ASYNC_LOOP) {
            b.needsNext = true;
            stack.push(b);
            return null;
        }
        if ((b.phase == Phase.BODY || b.phase == Phase.HANDLER) && !b.owner.finallyBody().isEmpty()) {
            stack.push(new Block(b.owner.finallyBody(), Phase.FINALLY, b.owner, null, null));
            return null;
        }
        if (b.phase == Phase.WITH) {
            pushExit(b, null);
            return null;
        }
        return b.phase == Phase.FINALLY ? b.pending : null;
    }

    private static Stmt.Handler matchingHandler(Stmt.Try owner, PythonException error) {
        for (Stmt.Handler h : owner.handlers()) {
            if (h.types().isEmpty()) {
                return h;
            }
            for (String type : h.types()) {
                if (error.isInstanceOf(Builtins.exceptionType(type))) {
                    return h;
                }
            }
        }
        return null;
    }

    /** Executes one statement; returns a suspension, or null to go on. */
    private CoroutineStep execute(Stmt stmt) {
        if (stmt instanceof Stmt.ExprStmt s) {
            eval(s.value());
        } else if (stmt instanceof Stmt.Assign s) {
            session.assign(s.target(), eval(s.value()));
        } else if (stmt instanceof Stmt.SetItem s) {
            Object value = eval(s.value()); // Python evaluates the right side first, then the target
            Object of = eval(s.of());
            PyOps.setItem(of, eval(s.index()), value);
        } else if (stmt instanceof Stmt.SetAttr s) {
            Object value = eval(s.value()); // Python evaluates the right side first, then the target
            Object of = eval(s.of());
            if (!(of instanceof ProgramObject instance)) {
                throw new InvalidProgramException("attributes are set on instances of the program's classes only, not on "
                        + PyOps.repr(of) + " (o." + s.attr() + " = …)");
            }
            instance.setAttribute(s.attr(), value);
        } else if (stmt instanceof Stmt.Await s) {
            return startAwait(s);
        } else if (stmt instanceof Stmt.Return s) {
            throw new FlowSignal(Flow.RETURN, s.value() == null ? null : eval(s.value()));
        } else if (stmt instanceof Stmt.Raise s) {
            throw s.value() == null ? reraise() : toException(eval(s.value()));
        } else if (stmt instanceof Stmt.Try s) {
            stack.push(new Block(s.body(), Phase.BODY, s, null, null));
        } else if (stmt instanceof Stmt.If s) {
            List<Stmt> branch = PyOps.truthy(eval(s.test())) ? s.body() : s.orElse();
            if (!branch.isEmpty()) {
                stack.push(new Block(branch, Phase.PLAIN, null, null, null));
            }
        } else if (stmt instanceof Stmt.While || stmt instanceof Stmt.For) {
            startLoop(stmt);
        } else if (stmt instanceof Stmt.AsyncWith s) {
            return startEnter(s);
        } else if (stmt instanceof Stmt.AsyncFor s) {
            startAsyncLoop(s);
        } else if (stmt instanceof Stmt.Yield s) {
            Object value = s.value() == null ? null : eval(s.value());
            yielded = true;
            return new CoroutineStep.Returned(value);
        } else if (stmt instanceof Stmt.Break) {
            throw new FlowSignal(Flow.BREAK, null);
        } else if (stmt instanceof Stmt.Continue) {
            throw new FlowSignal(Flow.CONTINUE, null);
        } else if (!(stmt instanceof Stmt.Pass)) {
            throw new InvalidProgramException("unknown statement " + stmt);
        }
        return null;
    }

    private void startLoop(Stmt stmt) {
        Block loop;
        if (stmt instanceof Stmt.For f) {
            loop = new Block(f.body(), Phase.LOOP, null, null, null);
            Object iterable = eval(f.iter());
            if (iterable instanceof PyRange r) {
                loop.range = r;
            } else if (iterable instanceof java.util.Set) {
                throw new InvalidProgramException(SET_ORDER);
            } else if (iterable instanceof List<?> list) {
                @SuppressWarnings("unchecked")
                List<Object> live = (List<Object>) list; // as in Python, an item set during the loop is seen
                loop.items = live;
            } else {
                if (iterable instanceof PyDict d) {
                    loop.dict = d;
                    loop.dictSize = d.size();
                }
                loop.items = Values.iterate(iterable);
            }
        } else {
            loop = new Block(((Stmt.While) stmt).body(), Phase.LOOP, null, null, null);
        }
        loop.loop = stmt;
        if (nextIteration(loop)) {
            stack.push(loop);
        }
    }

    /**
     * Decides whether a loop runs its body once more: a {@code while} judges its test, a
     * {@code for} binds its next item. Each iteration takes a step of the program's budget.
     */
    private boolean nextIteration(Block loop) {
        if (loop.loop instanceof Stmt.While w) {
            if (!PyOps.truthy(eval(w.test()))) {
                return false;
            }
            session.step();
            return true;
        }
        Stmt.For f = (Stmt.For) loop.loop;
        if (loop.dict != null && loop.dict.size() != loop.dictSize) {
            throw new RuntimeError("dictionary changed size during iteration");
        }
        long size = loop.range != null ? loop.range.size() : loop.items.size();
        if (loop.index >= size) {
            return false;
        }
        session.step();
        long i = loop.index++;
        session.assign(f.target(), loop.range != null ? (Object) loop.range.get(i) : loop.items.get((int) i));
        return true;
    }

    /** {@code async for}: takes the iterator; its first {@code __anext__()} is awaited by {@link #run}. */
    private void startAsyncLoop(Stmt.AsyncFor s) {
        Object iterable = eval(s.iter());
        if (!(iterable instanceof AsyncIterator iterator)) {
            throw new TypeError("'async for' requires an object with __aiter__ method, got " + PyOps.typeName(iterable));
        }
        Block loop = new Block(s.body(), Phase.ASYNC_LOOP, null, null, null);
        loop.loop = s;
        loop.iterator = iterator;
        loop.needsNext = true;
        stack.push(loop);
    }

    /** The top of an {@code async for} iteration: awaits {@code __anext__()}; an item it gives takes a step of the budget. */
    private CoroutineStep startNext(Block loop) {
        loop.needsNext = false;
        loop.pc = 0;
        loop.advancing = true;
        suspendedAt = loop.loop;
        return begin(loop.iterator.anext());
    }

    /**
     * @return whether the last {@link #resume} ended at a {@code yield} (and returned its value)
     *         rather than at the end of the body; clears the answer
     */
    boolean takeYielded() {
        boolean y = yielded;
        yielded = false;
        return y;
    }

    private CoroutineStep startAwait(Stmt.Await s) {
        Object awaitable = eval(s.value());
        suspendedAt = s;
        valueCall = session.valueCall(awaitable);
        return begin(awaitable);
    }

    /** {@code async with}: awaits {@code __aenter__()}; the body's block is pushed once it is done. */
    private CoroutineStep startEnter(Stmt.AsyncWith s) {
        Object manager = eval(s.manager());
        if (!(manager instanceof AsyncContextManager m)) {
            throw new TypeError("'" + PyOps.typeName(manager) + "' object does not support the asynchronous context"
                    + " manager protocol");
        }
        suspendedAt = s;
        entering = m;
        return begin(m.enter());
    }

    /** The end of an {@code async with} body, however it ends: an EXIT block that awaits {@code __aexit__}. */
    private void pushExit(Block with, Completion c) {
        Block exit = new Block(List.of(), Phase.EXIT, null, null, c);
        exit.manager = with.manager;
        stack.push(exit);
    }

    private CoroutineStep startExit(Block exit) {
        exit.pc = 1;
        exiting = exit;
        PythonException error = exit.pending != null && exit.pending.flow == Flow.RAISE ? exit.pending.error : null;
        return begin(exit.manager.exit(error));
    }

    /**
     * Starts awaiting {@code awaitable}: returns the suspension, or null when it finished at once
     * (its value left in {@link #ready}); throws what it raised at once.
     */
    private CoroutineStep begin(Object awaitable) {
        if (awaitable instanceof Future f) {
            if (f.done()) {
                ready = f.result();
                return null;
            }
            awaitedFuture = f;
            return new CoroutineStep.Suspended(f);
        }
        if (awaitable instanceof Coroutine c) {
            delegate = c;
            CoroutineStep step = c.send(null);
            if (step instanceof CoroutineStep.Suspended suspended) {
                return suspended;
            }
            ready = ((CoroutineStep.Returned) step).value();
            return null;
        }
        throw new TypeError("object " + PyOps.typeName(awaitable) + " can't be used in 'await' expression");
    }

    /**
     * What follows an await that finished with {@code value}: an {@code await} statement binds it,
     * an {@code async with} entering binds it and starts its body, one exiting goes on with how its
     * body ended (nothing, if {@code __aexit__} suppressed the exception). Returns that completion.
     */
    private Completion settle(Object value) {
        Object result = Values.fromApi(value);
        Stmt at = suspendedAt;
        Block exit = exiting;
        AsyncContextManager manager = entering;
        String call = valueCall;
        clearAwait();
        if (exit != null) {
            stack.pop();
            Completion c = exit.pending;
            return c != null && c.flow == Flow.RAISE && PyOps.truthy(result) ? null : c;
        }
        if (at instanceof Stmt.AsyncFor s) {
            Block loop = stack.peek();
            loop.advancing = false;
            if (loop.iterator instanceof AsCompleted) {
                Methods.checkGiven(TimeoutMethods.AS_COMPLETED, result);
            }
            session.step();
            session.assign(s.target(), result);
        } else if (at instanceof Stmt.AsyncWith s) {
            if (s.target() != null) {
                session.assign(s.target(), result);
            }
            Block with = new Block(s.body(), Phase.WITH, null, null, null);
            with.manager = manager;
            stack.push(with);
        } else {
            if (call != null) {
                Methods.checkAwaited(call, result);
            }
            if (((Stmt.Await) at).target() != null) {
                session.assign(((Stmt.Await) at).target(), result);
            }
        }
        return null;
    }

    private void clearAwait() {
        suspendedAt = null;
        awaitedFuture = null;
        delegate = null;
        valueCall = null;
        entering = null;
        exiting = null;
        ready = null;
    }

    private PythonException reraise() {
        for (Block b : stack) {
            if (b.phase == Phase.HANDLER) {
                return b.handling;
            }
        }
        return new RuntimeError("No active exception to reraise");
    }

    private static PythonException toException(Object v) {
        if (v instanceof PythonException e) {
            return e;
        }
        if (v instanceof ExceptionClass c) {
            return PythonException.of(c.type(), "");
        }
        return PythonException.of(PyType.TYPE_ERROR, "exceptions must derive from BaseException");
    }

    private Object eval(dev.asynciotck.program.Expr e) {
        return session.evaluator.eval(e, locals);
    }

    /** {@code return}, {@code break} or {@code continue} travelling to the machine's loop. */
    private static final class FlowSignal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Flow flow;
        final transient Object value;

        FlowSignal(Flow flow, Object value) {
            super(null, null, false, false);
            this.flow = flow;
            this.value = value;
        }
    }
}
